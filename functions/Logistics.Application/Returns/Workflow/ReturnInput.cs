namespace Logistics.Application.Returns.Workflow;

/// <summary>Input of <see cref="ReturnOrchestrator"/>: which return it carries (everything else it reads from the return).</summary>
/// <param name="OwnerId">The publisher.</param>
/// <param name="ReturnId">The return.</param>
public sealed record ReturnInput(string OwnerId, string ReturnId)
{
    /// <summary>The return as its intake committed it (spares the first read); null for a repair or a continue-as-new.</summary>
    public ReturnSnapshot? Accepted { get; init; }
}
