using Logistics.Functions.Http;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>The query-string filters shared by listing and purging (<c>runtimeStatus</c>, <c>createdTimeFrom</c>, <c>createdTimeTo</c>).</summary>
internal sealed record DurableQueryParameters(IReadOnlyList<OrchestrationRuntimeStatus>? Statuses, DateTimeOffset? CreatedFrom, DateTimeOffset? CreatedTo)
{
    /// <summary>Reads the filters; errors go to <paramref name="query"/>.</summary>
    public static DurableQueryParameters Read(QueryReader query)
    {
        List<OrchestrationRuntimeStatus>? statuses = null;
        if (query.String("runtimeStatus") is { } runtimeStatus)
        {
            statuses = [];
            foreach (var part in runtimeStatus.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Enum.TryParse<OrchestrationRuntimeStatus>(part, ignoreCase: true, out var status) && !int.TryParse(part, out _) && Enum.IsDefined(status))
                {
                    statuses.Add(status);
                }
                else
                {
                    query.Fail("runtimeStatus", $"'{part}' is not a runtime status ({string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}).");
                }
            }
        }

        var from = query.Instant("createdTimeFrom");
        var to = query.Instant("createdTimeTo");
        if (from is not null && to is not null && from > to)
        {
            query.Fail("createdTimeFrom", "'createdTimeFrom' must not be after 'createdTimeTo'.");
        }

        return new DurableQueryParameters(statuses, from, to);
    }
}
