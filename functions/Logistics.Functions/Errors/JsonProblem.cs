using System.Text.Json;

namespace Logistics.Functions.Errors;

/// <summary>Describes a request-body <see cref="JsonException"/> as a 400 problem whose errors name JSON pointers.</summary>
/// <remarks>
/// The serializer's own messages name .NET types; they are mapped to neutral wording so that no internal type
/// names leak to clients.
/// </remarks>
public static class JsonProblem
{
    /// <summary>Problem type and the faults, each at its JSON pointer.</summary>
    public static (string Type, IReadOnlyList<(string Pointer, string Detail)> Errors) Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var pointer = JsonPointer.FromJsonPath(exception.Path);
        var message = exception.Message;
        var malformed = exception.InnerException is JsonException || exception.GetType() != typeof(JsonException);
        var where = pointer.Length == 0 ? "the document root" : $"'{pointer}'";
        if (malformed)
        {
            return (ProblemTypes.MalformedJson,
                [(pointer, $"The body is not well-formed JSON near {where} (line {Line(exception)}, byte {exception.BytePositionInLine ?? 0}).")]);
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            // One error per missing member, at the pointer it should have had.
            var names = message[(message.LastIndexOf(':') + 1)..].Trim().TrimEnd('.')
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => name.Trim('\''))
                .ToList();
            return (ProblemTypes.Validation, [.. names.Select(name => (JsonPointer.Append(pointer, name), $"Missing required member '{name}' at {where}."))]);
        }

        var detail = message switch
        {
            _ when message.Contains("could not be mapped", StringComparison.Ordinal) => $"Unknown member at {where}.",
            _ when message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) => $"Duplicate member at {where}.",
            _ when message.Contains("null", StringComparison.Ordinal) => $"The value at {where} must not be null.",

            // Numbers are numbers: "5" for a number is refused here, as by the notice schema (AppJson's strict number handling).
            _ => $"The value at {where} does not have the expected type or format.",
        };
        return (ProblemTypes.Validation, [(pointer, detail)]);
    }

    /// <summary>The problem as a 400 result.</summary>
    public static IResult Of(JsonException exception)
    {
        var (type, errors) = Describe(exception);
        return Problems.BadRequest(type, [.. errors]);
    }

    // The serializer counts lines from zero; people count from one.
    private static long Line(JsonException exception) => (exception.LineNumber ?? 0) + 1;
}
