using Logistics.Application.Common;
using Logistics.Domain.Owners;
using Logistics.Domain.ValueAdded;

namespace Logistics.Application.ValueAdded;

/// <summary>
/// Job and orchestration ids, derived from (owner, job number) so the same job ordered twice maps to the same document
/// and the same orchestration instance.
/// </summary>
public static class ValueAddedIds
{
    private const string InstancePrefix = "valueadded~";

    /// <summary>The job id, for example <c>acme~KIT-7</c>.</summary>
    public static string For(OwnerId owner, JobNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return OwnedIds.Of(owner, number.Value);
    }

    /// <summary>The orchestration instance id of a job.</summary>
    public static string InstanceOf(string jobId) => InstancePrefix + jobId;

    /// <summary>The job id of a value-added orchestration instance id; false for any other instance.</summary>
    public static bool TryParseInstance(string? instanceId, out string jobId) =>
        OwnedIds.TryParseInstance(instanceId, InstancePrefix, id => TryParse(id, out _, out _), out jobId);

    /// <summary>Splits a job id; false when it is not one.</summary>
    public static bool TryParse(string? jobId, out OwnerId? owner, out JobNumber? number) =>
        OwnedIds.TryParse(jobId, JobNumber.Parse, out owner, out number);
}
