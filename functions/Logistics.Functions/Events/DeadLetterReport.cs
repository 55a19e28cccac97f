namespace Logistics.Functions.Events;

/// <summary>The dead letters of every subscription of the event topic.</summary>
/// <param name="Topic">The topic (<c>warehouse-events</c>).</param>
/// <param name="Subscriptions">Each subscription with its dead letters.</param>
public sealed record DeadLetterReport(string Topic, IReadOnlyList<DeadLetterSubscription> Subscriptions);
