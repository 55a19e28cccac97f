namespace Logistics.Functions.Errors;

/// <summary>Problem-details results for endpoint handlers.</summary>
public static class Problems
{
    /// <summary>404: absent, or not the caller's (the two are indistinguishable on purpose).</summary>
    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, ProblemTypes.NotFound, detail);

    /// <summary>409 with a reason.</summary>
    public static IResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, ProblemTypes.Conflict, detail);

    /// <summary>400 validation problem naming each invalid member by JSON pointer.</summary>
    public static IResult Validation(params (string Pointer, string Detail)[] errors) =>
        Of(
            StatusCodes.Status400BadRequest,
            ProblemTypes.Validation,
            string.Join(" ", errors.Select(e => e.Detail)),
            new Dictionary<string, object?> { ["errors"] = errors.Select(e => new { pointer = e.Pointer, detail = e.Detail }).ToArray() });

    /// <summary>Any problem.</summary>
    public static IResult Of(int status, string type, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: ProblemTypes.Title(type), type: type, extensions: extensions);
}
