using Logistics.Application.Partners;
using Logistics.Application.Tests.Support;
using Logistics.Edi.X12;

namespace Logistics.Application.Tests.Intake;

/// <summary>What the answer's envelope says: TA1 when asked, the partner's test flag, its release, and silence towards acknowledgments.</summary>
public sealed class X12AcknowledgmentTests
{
    private static readonly string[][] OneNotice = [X12Files.Group("AR", "7", X12Files.Set("943", "0001", "W06*N*PO-1*20261121", "W04*5*EA**SK*DVD-003"))];

    [Fact]
    public async Task ISA14_1_gets_an_accepting_TA1_ahead_of_the_997_in_the_same_interchange()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);

        var result = await X12Files.PostAsync(warehouse, X12Files.Interchange("004010", OneNotice, ta1: true));

        var segments = X12Files.Segments(result.Acknowledgment);
        Assert.Equal("TA1*000000007*261121*0800*A*000", segments[1]);
        Assert.StartsWith("GS*FA*LOGISTICSWH*ACME*", segments[2], StringComparison.Ordinal);
        Assert.Single(result.Notices);
        Assert.False(result.HasRejections);
    }

    [Fact]
    public async Task An_envelope_fault_gets_a_rejecting_TA1_whatever_ISA14_says_and_takes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);
        var x12 = X12Files.Interchange("004010", OneNotice).Replace("IEA*1*000000007", "IEA*1*000000008", StringComparison.Ordinal);

        var result = await X12Files.PostAsync(warehouse, x12);

        Assert.Equal("TA1*000000007*261121*0800*R*001", X12Files.Segments(result.Acknowledgment)[1]);
        await X12Files.AssertNothingStoredAsync(warehouse);
    }

    [Theory]
    [InlineData("T")]
    [InlineData("P")]
    public async Task The_answer_mirrors_the_usage_indicator_of_the_interchange_it_answers(string usage)
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);

        var result = await X12Files.PostAsync(warehouse, X12Files.Interchange("004010", OneNotice, usage: usage));

        Assert.Equal(usage, X12Reader.Read(result.Acknowledgment).Interchange!.Header.UsageIndicator);
    }

    [Fact]
    public async Task A_005010_interchange_is_answered_with_ISA12_00501_GS08_005010_and_AK103()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);

        var result = await X12Files.PostAsync(warehouse, X12Files.Interchange("005010", OneNotice));

        var segments = X12Files.Segments(result.Acknowledgment);
        Assert.Contains("*^*00501*", segments[0], StringComparison.Ordinal);
        Assert.EndsWith("*X*005010", segments[1], StringComparison.Ordinal);
        Assert.Contains("AK1*AR*7*005010", segments);
    }

    [Fact]
    public async Task A_received_997_gets_no_answer_takes_no_control_number_and_stores_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);
        var received997 = X12Files.Interchange("004010",
            [X12Files.Group("FA", "3", X12Files.Set("997", "0001", "AK1*RE*12", "AK2*944*0001", "AK5*A", "AK9*A*1*1*1"))], ta1: true);

        var result = await X12Files.PostAsync(warehouse, received997);

        Assert.Equal(string.Empty, result.Acknowledgment);
        Assert.Empty(result.Notices);
        Assert.False(result.HasRejections);
        await X12Files.AssertNothingStoredAsync(warehouse);
        Assert.Equal(1, await warehouse.Get<ControlNumbers>().ReserveAsync(X12Files.Owner, 1, CancellationToken.None));
    }

    [Fact]
    public async Task An_empty_interchange_asking_for_a_TA1_gets_one()
    {
        await using var warehouse = new TestWarehouse();
        Assert.Equal("TA1*000000007*261121*0800*A*000", X12Files.Segments((await X12Files.PostAsync(warehouse, X12Files.Interchange("004010", [], ta1: true))).Acknowledgment)[1]);
    }

    [Fact]
    public async Task A_received_TA1_alone_gets_no_answer_even_when_ISA14_asks()
    {
        await using var warehouse = new TestWarehouse();
        var ta1Only = X12Files.Interchange("004010", [], ta1: true).Replace("~\nIEA", "~\nTA1*000000012*261120*1200*A*000~\nIEA", StringComparison.Ordinal);

        Assert.Equal(string.Empty, (await X12Files.PostAsync(warehouse, ta1Only)).Acknowledgment);
    }
}
