using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Inbound;

/// <summary>Inbound notices, publisher side: intake, reads, the 944 and decisions on pending goods.</summary>
public sealed class NoticeFunctions(HttpApi api, NoticeIntake intake, X12NoticeIntake x12, NoticeQueries queries, OwnerDecisions decisions)
{
    /// <summary>The X12 media type.</summary>
    public const string X12MediaType = X12Answer.MediaType;

    /// <summary><c>POST /api/notices</c>: an X12 943/856 interchange (answer: the 997) or a JSON notice (answer: 202 with links).</summary>
    [Function("PostNotice")]
    public Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is not (X12MediaType or "application/json"))
            {
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                    $"Send the notice as {X12MediaType} (943/856) or application/json.");
            }

            var body = await api.ReadTextAsync(call);
            if (mediaType == "application/json")
            {
                var accepted = await intake.AcceptJsonAsync(durable, call.PublisherId, body, call.Cancellation);
                var links = Links(request, accepted);
                return TypedResults.Accepted(links.NoticeUri, links);
            }

            var result = await x12.AcceptAsync(durable, call.PublisherId, body, call.Cancellation);
            return new X12Answer(result.Acknowledgment, result.HasRejections, [.. result.Notices.Select(n => Links(request, n).NoticeUri)]);
        }, AuditPolicy.PartnerDocument);

    /// <summary><c>GET /api/notices?status=&amp;noticeNumber=&amp;pageSize=&amp;continuationToken=</c>: a page of the caller's notices.</summary>
    [Function("ListNotices")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notices")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var status = query.Enum<NoticeProgress>("status");
            var pageSize = query.Int("pageSize", 50, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var (notices, token) = await queries.ListAsync(call.PublisherId, status, query.String("noticeNumber"), pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new NoticePage(notices, token));
        });

    /// <summary><c>GET /api/notices/{noticeId}</c>: the notice with its receiving state and its orchestration's status.</summary>
    [Function("GetNotice")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notices/{noticeId}")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call => TypedResults.Ok(await queries.GetAsync(durable, call.PublisherId, noticeId, call.Cancellation)));

    /// <summary>
    /// <c>GET /api/notices/{noticeId}/status</c>: the notice's orchestration as its publisher may see it (the
    /// <c>statusQueryGetUri</c> of the 202): 202 with <c>Location</c> and <c>Retry-After</c> while it runs, 200 once it
    /// finished, 404 for another publisher's notice or an instance purged by ops.
    /// </summary>
    [Function("GetNoticeStatus")]
    public Task<IResult> GetStatusAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notices/{noticeId}/status")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            // Reading the notice first scopes the instance to its owner: another publisher's notice is a 404 here.
            await queries.GetDocumentAsync(call.PublisherId, noticeId, call.Cancellation);
            var noticeUri = NoticeUri(request, noticeId);
            return await PublisherInstanceStatus.AnswerAsync(request, durable, NoticeIds.InstanceOf(noticeId), noticeUri,
                instance => NoticeOrchestrationStatus.From(instance, noticeUri), call.Cancellation);
        });

    /// <summary><c>GET /api/notices/{noticeId}/advices</c>: the 944 as X12 (<c>Accept: application/edi-x12</c>) or JSON.</summary>
    [Function("GetReceiptAdvice")]
    public Task<IResult> GetAdviceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "notices/{noticeId}/advices")] HttpRequest request,
        string noticeId) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var notice = await queries.GetDocumentAsync(call.PublisherId, noticeId, call.Cancellation);
            if (notice.Advice is not { } advice)
            {
                return Problems.NotFound($"Notice {noticeId} has no receipt advice yet; it is {notice.Progress}.");
            }

            return request.Headers.Accept.ToString().Contains(X12MediaType, StringComparison.OrdinalIgnoreCase)
                ? TypedResults.Text(advice.X12, X12MediaType)
                : TypedResults.Ok(AdviceView.From(notice));
        });

    /// <summary><c>POST /api/notices/{noticeId}/decisions</c>: the owner decides on pending goods.</summary>
    [Function("DecidePendingGoods")]
    public Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/{noticeId}/decisions")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<DecisionRequest>(request, Access.Publisher, async (call, body) =>
        {
            var progress = await decisions.DecideAsync(durable, call.PublisherId, noticeId, body.PendingId, body.Decision, call.Cancellation);
            return TypedResults.Ok(new { noticeId, body.PendingId, status = progress.ToString() });
        });

    // A publisher gets only links it may follow: the notice and its status, never Durable's ops-only control links.
    private static NoticeAccepted Links(HttpRequest request, AcceptedNotice notice) =>
        new(notice.NoticeId, notice.NoticeNumber, notice.IsNew, notice.InstanceId, NoticeUri(request, notice.NoticeId), StatusUri(request, notice.NoticeId));

    private static string NoticeUri(HttpRequest request, string noticeId) =>
        $"{RequestUris.BaseOf(request)}/api/notices/{Uri.EscapeDataString(noticeId)}";

    private static string StatusUri(HttpRequest request, string noticeId) => NoticeUri(request, noticeId) + "/status";
}
