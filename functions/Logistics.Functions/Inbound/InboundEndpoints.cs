using System.Security.Claims;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Application.Simulation;
using Logistics.Functions.Errors;
using Logistics.Functions.Management;
using Logistics.Functions.Security;

namespace Logistics.Functions.Inbound;

/// <summary>Inbound notices: publisher intake and reads, floor receiving and putaway, owner decisions.</summary>
public static partial class InboundEndpoints
{
    /// <summary>The X12 media type.</summary>
    public const string X12MediaType = "application/edi-x12";

    /// <summary><c>POST /api/notices</c>: an X12 943/856 interchange (answer: the 997) or a JSON notice (answer: 202 with links).</summary>
    public static Task<IResult> PostNoticeAsync(HttpRequest request, ClaimsPrincipal user, NoticeIntake intake, X12NoticeIntake x12, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is not (X12MediaType or "application/json"))
            {
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                    $"Send the notice as {X12MediaType} (943/856) or application/json.");
            }

            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(cancellationToken);
            var ownerId = user.GetPublisherId();
            if (mediaType == "application/json")
            {
                var accepted = await intake.AcceptJsonAsync(ownerId, body, cancellationToken);
                var links = Links(request, accepted);
                return TypedResults.Accepted(links.NoticeUri, links);
            }

            var result = await x12.AcceptAsync(ownerId, body, cancellationToken);
            return new X12Result(result, result.Notices.Select(n => Links(request, n).NoticeUri).ToList());
        });

    /// <summary><c>GET /api/notices?status=&amp;noticeNumber=</c>: a page of the caller's notices.</summary>
    public static Task<IResult> ListNoticesAsync(
        ClaimsPrincipal user, NoticeQueries queries, CancellationToken cancellationToken,
        string? status = null, string? noticeNumber = null, int pageSize = 50, string? continuationToken = null) =>
        WarehouseResults.RunAsync(async () =>
        {
            NoticeProgress? progress = null;
            if (status is not null)
            {
                if (!Enum.TryParse<NoticeProgress>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                {
                    return Problems.Validation(("/status", $"'status' must be one of {string.Join(", ", Enum.GetNames<NoticeProgress>())}."));
                }

                progress = parsed;
            }

            if (pageSize is < 1 or > 1000)
            {
                return Problems.Validation(("/pageSize", "'pageSize' must be between 1 and 1000."));
            }

            var (notices, token) = await queries.ListAsync(user.GetPublisherId(), progress, noticeNumber, pageSize, continuationToken, cancellationToken);
            return TypedResults.Ok(new NoticePage(notices, token));
        });

    /// <summary><c>GET /api/notices/{noticeId}</c>.</summary>
    public static Task<IResult> GetNoticeAsync(string noticeId, ClaimsPrincipal user, NoticeQueries queries, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () => TypedResults.Ok(await queries.GetAsync(user.GetPublisherId(), noticeId, cancellationToken)));

    /// <summary><c>GET /api/notices/{noticeId}/advices</c>: the 944 as X12 (<c>Accept: application/edi-x12</c>) or JSON.</summary>
    public static Task<IResult> GetAdviceAsync(string noticeId, HttpRequest request, ClaimsPrincipal user, NoticeQueries queries, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var notice = await queries.GetDocumentAsync(user.GetPublisherId(), noticeId, cancellationToken);
            if (notice.Advice is not { } advice)
            {
                return Problems.NotFound($"Notice {noticeId} has no receipt advice yet; it is {notice.Progress}.");
            }

            return request.Headers.Accept.ToString().Contains(X12MediaType, StringComparison.OrdinalIgnoreCase)
                ? TypedResults.Text(advice.X12, X12MediaType)
                : TypedResults.Ok(AdviceView.From(notice));
        });

    /// <summary><c>POST /api/notices/{noticeId}/decisions</c>: the owner decides on pending goods.</summary>
    public static Task<IResult> DecideAsync(string noticeId, DecisionRequest request, ClaimsPrincipal user, OwnerDecisions decisions, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var progress = await decisions.DecideAsync(user.GetPublisherId(), noticeId, request.PendingId, request.Decision, cancellationToken);
            return TypedResults.Ok(new { noticeId, request.PendingId, status = progress.ToString() });
        });

    /// <summary><c>POST /api/dev/simulate/{noticeId}</c> (ops key): plays the floor; answers 404 outside Development.</summary>
    public static Task<IResult> SimulateAsync(string noticeId, IHostEnvironment environment, FloorSimulator simulator, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () => environment.IsDevelopment()
            ? TypedResults.Ok(await simulator.SimulateAsync(noticeId, cancellationToken))
            : Problems.NotFound("The floor simulator exists in Development only."));

    private static NoticeAccepted Links(HttpRequest request, AcceptedNotice notice)
    {
        var status = CheckStatusPayload.For(request, notice.InstanceId);
        return new NoticeAccepted(
            notice.NoticeId,
            notice.NoticeNumber,
            notice.IsNew,
            status.Id,
            $"{request.Scheme}://{request.Host}{request.PathBase}/api/notices/{Uri.EscapeDataString(notice.NoticeId)}",
            status.StatusQueryGetUri,
            status.SendEventPostUri,
            status.TerminatePostUri,
            status.SuspendPostUri,
            status.ResumePostUri,
            status.RewindPostUri,
            status.PurgeHistoryDeleteUri);
    }
}
