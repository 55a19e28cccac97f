namespace Logistics.Functions.Dashboard;

/// <summary>The dead letters of every subscription of the event topic.</summary>
/// <param name="Available">False where this deployment's event bus offers no dead-letter access to the app (then <paramref name="Note"/> says why).</param>
/// <param name="Topic">The topic (<c>warehouse-events</c>).</param>
/// <param name="Subscriptions">Each subscription with its dead letters.</param>
/// <param name="Note">Why nothing is listed, when <paramref name="Available"/> is false.</param>
public sealed record DeadLetterReport(bool Available, string Topic, IReadOnlyList<DeadLetterSubscription> Subscriptions, string? Note = null);
