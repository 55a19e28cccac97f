namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Tests that share <see cref="TestFunctions.Log"/> run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TestFunctionsCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "TestFunctions";
}
