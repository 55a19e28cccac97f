namespace Logistics.Application.ValueAdded;

/// <summary>The floor completes a job.</summary>
/// <param name="Location">The scanned storage location the outputs are put away to.</param>
/// <param name="Units">
/// Units produced, when the device reports them: they must be the job's output units (a job completes whole; one that
/// cannot is cancelled, which restores its inputs, and ordered again smaller).
/// </param>
public sealed record ValueAddedCompletionInput(string? Location, int? Units = null);
