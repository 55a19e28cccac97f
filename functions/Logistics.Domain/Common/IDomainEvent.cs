namespace Logistics.Domain.Common;

/// <summary>A fact an aggregate records when it reaches a milestone; billing and reporting consume these.</summary>
public interface IDomainEvent
{
    /// <summary>When the milestone happened, from the caller's clock (aggregates never read the time themselves).</summary>
    DateTimeOffset OccurredAt { get; }
}
