namespace Logistics.Functions.Management;

/// <summary>
/// The links Durable Functions returns when an orchestration starts (<c>CreateCheckStatusResponse</c>), so callers who
/// know Durable can poll and control the instance without reading our docs.
/// </summary>
public sealed record CheckStatusPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string SuspendPostUri,
    string ResumePostUri,
    string RewindPostUri,
    string PurgeHistoryDeleteUri)
{
    /// <summary>Links for <paramref name="instanceId"/> on the host of <paramref name="request"/>.</summary>
    public static CheckStatusPayload For(HttpRequest request, string instanceId)
    {
        var uris = DurableManagementUris.For(request);
        return new CheckStatusPayload(
            instanceId,
            uris.Status(instanceId),
            uris.SendEvent(instanceId),
            uris.Terminate(instanceId),
            uris.Suspend(instanceId),
            uris.Resume(instanceId),
            uris.Rewind(instanceId),
            uris.Status(instanceId));
    }
}
