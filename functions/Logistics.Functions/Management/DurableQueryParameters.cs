using System.Globalization;
using Logistics.Orchestration;

namespace Logistics.Functions.Management;

/// <summary>Parses the query-string filters shared by listing and purging, collecting every error by parameter.</summary>
internal sealed record DurableQueryParameters(
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    IReadOnlyList<(string Pointer, string Detail)> Errors)
{
    public static DurableQueryParameters Parse(string? runtimeStatus, string? createdTimeFrom, string? createdTimeTo)
    {
        var errors = new List<(string, string)>();
        List<OrchestrationRuntimeStatus>? statuses = null;
        if (!string.IsNullOrWhiteSpace(runtimeStatus))
        {
            statuses = [];
            foreach (var part in runtimeStatus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Enum.TryParse<OrchestrationRuntimeStatus>(part, ignoreCase: true, out var status) && Enum.IsDefined(status))
                    statuses.Add(status);
                else
                    errors.Add(("/runtimeStatus", $"'{part}' is not a runtime status ({string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())})."));
            }
        }

        var from = ParseTime(createdTimeFrom, "createdTimeFrom", errors);
        var to = ParseTime(createdTimeTo, "createdTimeTo", errors);
        if (from is not null && to is not null && from > to)
            errors.Add(("/createdTimeFrom", "'createdTimeFrom' must not be after 'createdTimeTo'."));
        return new DurableQueryParameters(statuses, from, to, errors);
    }

    private static DateTimeOffset? ParseTime(string? value, string name, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        errors.Add(($"/{name}", $"'{name}' must be an ISO 8601 date and time, not '{value}'."));
        return null;
    }
}
