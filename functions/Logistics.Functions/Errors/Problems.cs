namespace Logistics.Functions.Errors;

/// <summary>Problem-details results for endpoint handlers.</summary>
/// <remarks>
/// Every problem has the same members: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c> and
/// <c>traceId</c> (the last two added by the app's problem-details customization); every 400 also has <c>errors</c>,
/// one <c>{ pointer, detail }</c> per fault, the pointer an RFC 6901 JSON pointer into the body or <c>/name</c> for a
/// query parameter or header. A client reads one shape whatever failed.
/// </remarks>
public static class Problems
{
    /// <summary>404: absent, or not the caller's (the two are indistinguishable on purpose).</summary>
    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, ProblemTypes.NotFound, detail);

    /// <summary>409 with a reason.</summary>
    public static IResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, ProblemTypes.Conflict, detail);

    /// <summary>400 validation problem naming each invalid member by JSON pointer.</summary>
    public static IResult Validation(params (string Pointer, string Detail)[] errors) => BadRequest(ProblemTypes.Validation, errors);

    /// <summary>400 of <paramref name="type"/> (validation or malformed JSON), naming each fault by JSON pointer.</summary>
    public static IResult BadRequest(string type, params (string Pointer, string Detail)[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Of(
            StatusCodes.Status400BadRequest,
            type,
            string.Join(" ", errors.Select(e => e.Detail)),
            new Dictionary<string, object?> { ["errors"] = errors.Select(e => new ProblemError(e.Pointer, e.Detail)).ToArray() });
    }

    /// <summary>Any problem.</summary>
    public static IResult Of(int status, string type, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: ProblemTypes.Title(type), type: type, extensions: extensions);
}
