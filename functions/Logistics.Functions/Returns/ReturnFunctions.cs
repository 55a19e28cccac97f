using Logistics.Application.Returns;
using Logistics.Application.Returns.Intake;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Returns;

/// <summary>Returns, publisher side: intake (JSON or X12 180), reads, the return advice and decisions on held parts.</summary>
public sealed class ReturnFunctions(HttpApi api, ReturnIntake intake, X12ReturnIntake x12, ReturnQueries queries, ReturnDecisions decisions)
{
    /// <summary><c>POST /api/returns</c>: a JSON return notice (answer: 202 with links) or an X12 180 interchange (answer: the 997).</summary>
    [Function("PostReturn")]
    public Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is not (X12Answer.MediaType or "application/json"))
            {
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                    $"Send the return notice as {X12Answer.MediaType} (180) or application/json.");
            }

            var body = await api.ReadTextAsync(call);
            if (mediaType == "application/json")
            {
                var accepted = await intake.AcceptJsonAsync(durable, call.PublisherId, body, call.Cancellation);
                var links = Links(request, accepted);
                return TypedResults.Accepted(links.ReturnUri, links);
            }

            var (acknowledgment, rejected, returns) = await x12.AcceptAsync(durable, call.PublisherId, body, call.Cancellation);
            return new X12Answer(acknowledgment, rejected, [.. returns.Select(r => ReturnUri(request, r.ReturnId))]);
        }, AuditPolicy.PartnerDocument);

    /// <summary><c>GET /api/returns?status=&amp;pageSize=&amp;continuationToken=</c>: a page of the caller's returns.</summary>
    [Function("ListReturns")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "returns")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var status = query.Enum<ReturnProgress>("status");
            var pageSize = query.Int("pageSize", 50, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var (returns, token) = await queries.ListAsync(call.PublisherId, status, pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new ReturnPage(returns, token));
        });

    /// <summary><c>GET /api/returns/{returnId}</c>: the return with its lines, what was received, each part's disposition and its orchestration's status.</summary>
    [Function("GetReturn")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "returns/{returnId}")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call => TypedResults.Ok(await queries.GetAsync(durable, call.PublisherId, returnId, call.Cancellation)));

    /// <summary><c>GET /api/returns/{returnId}/status</c>: the return's orchestration as its publisher may see it (202 while it runs, 200 once finished).</summary>
    [Function("GetReturnStatus")]
    public Task<IResult> GetStatusAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "returns/{returnId}/status")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            await queries.GetDocumentAsync(call.PublisherId, returnId, call.Cancellation);
            var returnUri = ReturnUri(request, returnId);
            return await PublisherInstanceStatus.AnswerAsync(request, durable, ReturnIds.InstanceOf(returnId), returnUri,
                instance => ReturnOrchestrationStatus.From(instance, returnUri), call.Cancellation);
        });

    /// <summary><c>GET /api/returns/{returnId}/advice</c>: the return advice once the return is completed, as JSON (or the X12 180 with <c>Accept: application/edi-x12</c>).</summary>
    [Function("GetReturnAdvice")]
    public Task<IResult> GetAdviceAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "returns/{returnId}/advice")] HttpRequest request,
        string returnId) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var document = await queries.GetDocumentAsync(call.PublisherId, returnId, call.Cancellation);
            if (document.Advice is not { } advice)
            {
                return Problems.NotFound($"Return {returnId} has no advice yet; it is {document.Progress}.");
            }

            return request.Headers.Accept.ToString().Contains(X12Answer.MediaType, StringComparison.OrdinalIgnoreCase) && document.AdviceX12 is { } x12
                ? TypedResults.Text(x12, X12Answer.MediaType)
                : TypedResults.Ok(advice);
        });

    /// <summary><c>POST /api/returns/{returnId}/decisions</c>: the owner decides on a held part (<c>{"partId","decision","reason"?,"supplier"?}</c>).</summary>
    [Function("DecideReturnPart")]
    public Task<IResult> DecideAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns/{returnId}/decisions")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<ReturnDecisionInput>(request, Access.Publisher, async (call, body) =>
        {
            call.Audit.Before = (await queries.GetDocumentAsync(call.PublisherId, returnId, call.Cancellation)).Parts.FirstOrDefault(p => p.PartId == body.PartId);
            return TypedResults.Ok(await decisions.DecideAsync(durable, call.PublisherId, returnId, body, call.Cancellation));
        });

    internal static ReturnAccepted Links(HttpRequest request, AcceptedReturn accepted) =>
        new(accepted.ReturnId, accepted.ReturnNumber, accepted.IsNew, accepted.InstanceId, ReturnUri(request, accepted.ReturnId), ReturnUri(request, accepted.ReturnId) + "/status");

    internal static string ReturnUri(HttpRequest request, string returnId) =>
        $"{RequestUris.BaseOf(request)}/api/returns/{Uri.EscapeDataString(returnId)}";
}
