namespace Logistics.Application.Alerts;

/// <summary>What one evaluation pass changed.</summary>
/// <param name="Raised">Alerts raised.</param>
/// <param name="Cleared">Alerts cleared.</param>
public sealed record AlertEvaluation(int Raised, int Cleared)
{
    /// <summary>Nothing changed.</summary>
    public static AlertEvaluation None { get; } = new(0, 0);

    /// <summary>This pass with one more transition.</summary>
    public AlertEvaluation With(AlertTransition transition) => transition switch
    {
        AlertTransition.Raised => this with { Raised = Raised + 1 },
        AlertTransition.Cleared => this with { Cleared = Cleared + 1 },
        _ => this,
    };

    /// <summary>Both passes together.</summary>
    public AlertEvaluation Plus(AlertEvaluation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AlertEvaluation(Raised + other.Raised, Cleared + other.Cleared);
    }
}
