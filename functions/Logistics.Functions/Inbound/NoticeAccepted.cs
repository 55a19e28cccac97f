namespace Logistics.Functions.Inbound;

/// <summary>
/// The 202 answer to a JSON notice: the notice, and links the publisher may follow. Durable's check-status names are kept
/// where they apply (<see cref="Id"/>, <see cref="StatusQueryGetUri"/>), but the control links Durable hands out
/// (raise event, terminate, suspend, resume, rewind, purge) are not: they need an ops key, so a publisher gets none.
/// Ops reach every instance through the management API at <c>/api/runtime/webhooks/durabletask</c>.
/// </summary>
/// <param name="NoticeId">The notice id.</param>
/// <param name="NoticeNumber">The publisher's notice number.</param>
/// <param name="IsNew">False when the notice already existed and nothing was started.</param>
/// <param name="Id">The orchestration instance id.</param>
/// <param name="NoticeUri"><c>GET</c>: the notice with its receiving state.</param>
/// <param name="StatusQueryGetUri"><c>GET</c>: the orchestration's status as the publisher may see it (202 while running, 200 once finished).</param>
public sealed record NoticeAccepted(string NoticeId, string NoticeNumber, bool IsNew, string Id, string NoticeUri, string StatusQueryGetUri);
