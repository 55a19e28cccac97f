using Logistics.Functions.Table;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Table;

public sealed class FunctionTableBuilderTests
{
    [Fact]
    public void AppTable_DeclaresUniqueFunctions_WithHandlers()
    {
        var table = AppFunctions.Create();
        Assert.NotEmpty(table.Functions);
        Assert.Equal(table.Functions.Count, table.Functions.Select(f => f.Name.ToUpperInvariant()).Distinct().Count());
        Assert.All(table.Functions, f => Assert.True(f.HttpHandler is not null || f.HandlerType is not null));
        Assert.True(table.TryGet("health", out var health));
        Assert.Equal("/api/health", ((HttpTrigger)health.Trigger).Pattern);
    }

    [Fact]
    public void Build_RejectsDuplicateNames_CaseInsensitively()
    {
        var builder = new FunctionTableBuilder()
            .Queue<TestFunctions.RecordingHandler>("Work", "a")
            .Queue<TestFunctions.RecordingHandler>("work", "b");
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("declared twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1starts-with-digit")]
    [InlineData("has space")]
    [InlineData("")]
    public void Build_RejectsInvalidNames(string name)
    {
        var builder = new FunctionTableBuilder().Queue<TestFunctions.RecordingHandler>(name, "a");
        Assert.Throws<InvalidOperationException>(builder.Build);
    }

    [Fact]
    public void Timer_RejectsAnInvalidSchedule_AtDeclaration() =>
        Assert.Throws<FormatException>(() => new FunctionTableBuilder().Timer<TestFunctions.RecordingHandler>("T", "0 * * * *"));

    [Fact]
    public void Build_RejectsOutputNamedLikeTheTrigger()
    {
        var builder = new FunctionTableBuilder().Queue<TestFunctions.RecordingHandler>("Q", "a", new ServiceBusOutput("message", "b"));
        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
