using System.Text.Json;

namespace Logistics.Functions.Errors;

/// <summary>Describes a request-body <see cref="JsonException"/> as a problem naming the JSON pointer and position.</summary>
/// <remarks>
/// The serializer's own messages name .NET types; they are mapped to neutral wording so that no internal type
/// names leak to clients.
/// </remarks>
public static class JsonProblem
{
    /// <summary>Problem type, detail and extensions for a JSON failure.</summary>
    public static (string Type, string Detail, Dictionary<string, object?> Extensions) Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var pointer = JsonPointer.FromJsonPath(exception.Path);
        var message = exception.Message;
        var malformed = exception.InnerException is JsonException || exception.GetType() != typeof(JsonException);
        var where = pointer.Length == 0 ? "the document root" : $"'{pointer}'";
        string type;
        string detail;
        if (malformed)
        {
            type = ProblemTypes.MalformedJson;
            detail = $"The body is not well-formed JSON near {where} (line {Line(exception)}, byte {exception.BytePositionInLine ?? 0}).";
        }
        else if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            type = ProblemTypes.Validation;
            detail = $"Unknown member at {where}.";
        }
        else if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            type = ProblemTypes.Validation;
            detail = $"Duplicate member at {where}.";
        }
        else if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            type = ProblemTypes.Validation;
            var names = message[(message.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().TrimEnd('.');
            detail = $"Missing required member(s) at {where}: {names}.";
        }
        else
        {
            type = ProblemTypes.Validation;
            detail = $"The value at {where} does not have the expected type or format.";
        }

        return (type, detail, new Dictionary<string, object?>
        {
            ["pointer"] = pointer,
            ["line"] = Line(exception),
            ["bytePositionInLine"] = exception.BytePositionInLine,
        });
    }

    /// <summary>The problem as a 400 result.</summary>
    public static IResult Of(JsonException exception)
    {
        var (type, detail, extensions) = Describe(exception);
        return Problems.Of(StatusCodes.Status400BadRequest, type, detail, extensions);
    }

    // The serializer counts lines from zero; people count from one.
    private static long Line(JsonException exception) => (exception.LineNumber ?? 0) + 1;
}
