namespace Logistics.Application.ValueAdded;

/// <summary>The body of a cancellation (optional).</summary>
/// <param name="Reason">Why, at most 200 characters; kept on the job and sent with <c>ValueAddedWorkCancelled</c>.</param>
public sealed record ValueAddedCancelInput(string? Reason = null);
