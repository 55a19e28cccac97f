namespace Logistics.Functions.Events;

/// <summary>One subscription of the event topic: its active messages and its dead letters (oldest first).</summary>
/// <param name="Name">The subscription (<c>billing</c>, <c>reporting</c>).</param>
/// <param name="Path">Its entity path (<c>warehouse-events/subscriptions/billing</c>).</param>
/// <param name="Active">Messages waiting to be consumed.</param>
/// <param name="DeadLetters">The dead letters, at most <see cref="EventDeadLetterFunctions.MaxListed"/>.</param>
public sealed record DeadLetterSubscription(string Name, string Path, long Active, IReadOnlyList<DeadLetterView> DeadLetters);
