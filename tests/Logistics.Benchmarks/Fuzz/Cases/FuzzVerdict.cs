namespace Logistics.Benchmarks.Fuzz;

/// <summary>How a case ended, and what is wrong with it (null when nothing is).</summary>
/// <param name="Outcome">Accepted, rejected, too large, conflict, or failed.</param>
/// <param name="Failure">Why the answer breaks a rule; null when it keeps them all.</param>
internal sealed record FuzzVerdict(string Outcome, string? Failure)
{
    /// <summary>True when the answer keeps every rule.</summary>
    public bool Passed => Failure is null;
}
