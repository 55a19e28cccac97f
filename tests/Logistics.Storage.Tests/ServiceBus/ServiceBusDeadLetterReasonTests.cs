using Logistics.Storage.Azure.ServiceBus;

namespace Logistics.Storage.Tests.ServiceBus;

public sealed class ServiceBusDeadLetterReasonTests
{
    [Fact]
    public void The_label_is_the_first_line_and_the_description_the_whole_text()
    {
        var (reason, description) = ServiceBusDeadLetterReason.Split("  Unknown item SKU-9.  \r\nDeclare it first.\n");

        Assert.Equal(("Unknown item SKU-9.", "Unknown item SKU-9.  \r\nDeclare it first."), (reason, description));
    }

    [Fact]
    public void Long_text_is_cut_to_the_limits()
    {
        var (reason, description) = ServiceBusDeadLetterReason.Split(new string('r', 5000));

        Assert.Equal(ServiceBusDeadLetterReason.MaxReasonLength, reason.Length);
        Assert.Equal(ServiceBusDeadLetterReason.MaxDescriptionLength, description.Length);
    }

    [Fact]
    public void A_blank_reason_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ServiceBusDeadLetterReason.Split(" \n "));
    }

    [Theory]
    [InlineData("Unknown item.", "Unknown item.\nDeclare it first.", "Unknown item.\nDeclare it first.")]
    [InlineData("MaxDeliveryCountExceeded", "Message could not be consumed after 10 delivery attempts.", "MaxDeliveryCountExceeded: Message could not be consumed after 10 delivery attempts.")]
    [InlineData("Only a label", null, "Only a label")]
    [InlineData(null, "Only a description", "Only a description")]
    [InlineData(null, null, "")]
    public void Reading_back_gives_our_whole_text_or_both_of_the_brokers_fields(string? reason, string? description, string expected)
    {
        Assert.Equal(expected, ServiceBusDeadLetterReason.ReadBack(reason, description));
    }

    [Fact]
    public void What_is_written_reads_back_unchanged()
    {
        const string Text = "Carrier refused the label.\nResponse 422: postcode missing.";
        var (reason, description) = ServiceBusDeadLetterReason.Split(Text);

        Assert.Equal(Text, ServiceBusDeadLetterReason.ReadBack(reason, description));
    }
}
