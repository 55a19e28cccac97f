namespace Logistics.Functions.Events;

/// <summary>How many dead letters went back to <paramref name="Subscription"/>, each with a fresh delivery count.</summary>
public sealed record RedriveResult(string Subscription, int Redriven);
