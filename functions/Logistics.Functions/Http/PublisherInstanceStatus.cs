using System.Globalization;
using Logistics.Functions.Errors;
using Logistics.Functions.Management;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Http;

/// <summary>
/// The answer of a publisher's <c>…/status</c> link (the <c>statusQueryGetUri</c> of a 202) for the instance behind one of
/// its documents: 202 with <c>Retry-After</c> while it runs, 200 once it finished, 404 when there is no instance now.
/// </summary>
public static class PublisherInstanceStatus
{
    /// <summary>Answers for <paramref name="instanceId"/>; the caller has already read the document as the publisher.</summary>
    /// <param name="request">The request.</param>
    /// <param name="durable">The Durable client.</param>
    /// <param name="instanceId">The document's instance.</param>
    /// <param name="documentUri">The document itself (named in the 404).</param>
    /// <param name="view">What the publisher may see of the instance.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IResult> AnswerAsync(
        HttpRequest request, DurableTaskClient durable, string instanceId, string documentUri, Func<OrchestrationMetadata, object> view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(durable);
        ArgumentNullException.ThrowIfNull(view);
        var instance = await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"There is no orchestration instance {instanceId} now; GET {documentUri} shows the progress.");
        }

        if (instance.IsCompleted)
        {
            return TypedResults.Ok(view(instance));
        }

        request.HttpContext.Response.Headers.RetryAfter = DurableInstanceFunctions.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Accepted(documentUri + "/status", view(instance));
    }
}
