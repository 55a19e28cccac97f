using System.Text;
using System.Text.Json;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// The rules every answer to a mutated notice must keep: never a 5xx; a rejection changes nothing in the store; every
/// rejection says where the fault is — a JSON 400 names a JSON pointer into the document (the empty pointer only for a
/// body that is not a JSON object), a rejecting 997 names the segment (and the element when it blames elements) or
/// the envelope, a TA1 the interchange, and a problem about an unreadable interchange names its ISA.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>Judges <paramref name="response"/> to <paramref name="fuzzCase"/>; <paramref name="storeChanged"/> compares the store before and after.</summary>
    public static FuzzVerdict Judge(FuzzCase fuzzCase, FuzzResponse response, bool storeChanged)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        ArgumentNullException.ThrowIfNull(response);
        var x12 = fuzzCase.Kind != FuzzKind.Json;
        switch (response.Status)
        {
            case >= 500:
                return new("failed", $"{response.Status}: {First(response.Body)}");
            case 202:
                if (x12 && response.ContentType != "application/edi-x12")
                {
                    return new("accepted", $"202 as {response.ContentType}, not the 997");
                }

                return new("accepted", x12 ? RejectedSetsUnlocated(response.Body, rejectedOnly: true) : null);
            case 200 when x12 && response.Body.Length == 0 && !storeChanged:
                // Acknowledgments are never acknowledged: a 200 with no answer is right only for an interchange of them.
                return new("ignored", AcknowledgmentsOnly(fuzzCase.Body) ? null : "200 with no answer to an interchange that carries more than acknowledgments");
            case 400 or 409 or 413 when storeChanged:
                return new("rejected", $"{response.Status} but the store changed");
            case 400 when x12 && response.ContentType == "application/edi-x12":
                return new("rejected", RejectedSetsUnlocated(response.Body, rejectedOnly: false));
            case 400 when response.ContentType == "application/problem+json":
                return new("rejected", x12 ? IsaNotNamed(response.Body) : PointerNotLocated(fuzzCase.Body, response.Body));
            case 409 or 413 when response.ContentType == "application/problem+json":
                return new(response.Status == 409 ? "conflict" : "too large", null);
            default:
                return new("failed", $"unexpected {response.Status} {response.ContentType}: {First(response.Body)}");
        }
    }

    /// <summary>Why a JSON 400 does not locate its faults, or null when every error names a pointer that fits the document.</summary>
    private static string? PointerNotLocated(byte[] posted, string problemText)
    {
        JsonElement errors;
        try
        {
            using var problem = JsonDocument.Parse(problemText);
            if (!problem.RootElement.TryGetProperty("errors", out var found) || found.ValueKind != JsonValueKind.Array || found.GetArrayLength() == 0)
            {
                return $"400 without errors: {First(problemText)}";
            }

            errors = found.Clone();
        }
        catch (JsonException)
        {
            return $"400 whose problem is not JSON: {First(problemText)}";
        }

        // The server reads the body as UTF-8 text (invalid bytes become U+FFFD) and parses that.
        JsonElement? document = null;
        try
        {
            using var parsed = JsonDocument.Parse(Encoding.UTF8.GetString(posted));
            document = parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            document = null;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("pointer", out var pointerElement) || pointerElement.ValueKind != JsonValueKind.String)
            {
                return $"an error without a pointer: {error}";
            }

            var pointer = pointerElement.GetString()!;
            if (pointer.Length > 0 && pointer[0] != '/')
            {
                return $"'{pointer}' is not a JSON pointer";
            }

            if (document is not { } root)
            {
                continue; // Not JSON: any pointer (usually the whole document) is where the parser stopped.
            }

            if (pointer.Length == 0 && root.ValueKind == JsonValueKind.Object)
            {
                return $"an error at the whole document of a JSON object: {error}";
            }

            if (pointer.Length > 0 && !Resolves(root, pointer))
            {
                return $"pointer {pointer} fits nothing in the document: {error}";
            }
        }

        return null;
    }

    // The pointer names a value of the document, or a member missing from an object that exists.
    private static bool Resolves(JsonElement root, string pointer)
    {
        var tokens = pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        var current = root;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            switch (current.ValueKind)
            {
                case JsonValueKind.Object when current.TryGetProperty(tokens[i], out var member):
                    current = member;
                    break;
                case JsonValueKind.Object:
                    return last;
                case JsonValueKind.Array when int.TryParse(tokens[i], out var index) && index >= 0 && index < current.GetArrayLength():
                    current = current[index];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    private static string? IsaNotNamed(string problemText)
    {
        using var problem = JsonDocument.Parse(problemText);
        if (!problem.RootElement.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
        {
            return $"400 without errors: {First(problemText)}";
        }

        return errors.EnumerateArray().All(e => e.TryGetProperty("detail", out var d) && (d.GetString() ?? string.Empty).Contains("ISA", StringComparison.Ordinal))
            ? null
            : $"a problem about the interchange that does not name its ISA: {First(problemText)}";
    }

    /// <summary>
    /// Why the acknowledgments fail to locate a rejection, or null. A TA1 rejecting the interchange locates it; otherwise
    /// each rejected set needs an AK3 (and an AK4 under an AK3 that blames elements, code 8), or an AK5 code other than
    /// 5 (the set's envelope); a rejected group without sets needs an AK9 code. <paramref name="rejectedOnly"/>: only
    /// look at sets (a 202 may accept some).
    /// </summary>
    private static string? RejectedSetsUnlocated(string acknowledgments, bool rejectedOnly)
    {
        var segments = Segments(acknowledgments);
        if (segments.Any(s => s[0] == "TA1" && s.Count > 4 && s[4] == "R"))
        {
            return null;
        }

        var rejectedSets = 0;
        var groupRejected = false;
        List<List<string>> setSegments = [];
        foreach (var segment in segments)
        {
            switch (segment[0])
            {
                case "AK2":
                    setSegments = [];
                    break;
                case "AK3" or "AK4":
                    setSegments.Add(segment);
                    break;
                case "AK5" when segment.Count > 1 && segment[1] is "R" or "M" or "W" or "X":
                    rejectedSets++;
                    var codes = segment.Skip(2).Where(c => c.Length > 0).ToList();
                    var ak3 = setSegments.Where(s => s[0] == "AK3").ToList();
                    if (ak3.Count == 0 && !codes.Any(c => c != "5"))
                    {
                        return $"a rejected set names no segment: {string.Join('*', segment)}";
                    }

                    for (var i = 0; i < setSegments.Count; i++)
                    {
                        var blamesElements = setSegments[i][0] == "AK3" && setSegments[i].Count > 4 && setSegments[i][4] == "8";
                        if (blamesElements && (i + 1 >= setSegments.Count || setSegments[i + 1][0] != "AK4"))
                        {
                            return $"{string.Join('*', setSegments[i])} blames elements but names none";
                        }
                    }

                    break;
                case "AK9" when segment.Count > 1 && segment[1] == "R":
                    groupRejected = true;
                    if (segment.Count <= 5 && rejectedSets == 0 && !segments.Any(s => s[0] == "AK2"))
                    {
                        return $"a rejected group names neither a set nor a group error: {string.Join('*', segment)}";
                    }

                    break;
            }
        }

        if (!rejectedOnly && rejectedSets == 0 && !groupRejected)
        {
            return $"400 whose acknowledgments reject nothing: {First(acknowledgments)}";
        }

        return null;
    }

    // Only ISA, TA1 and IEA, or 997s in FA groups: what the intake may leave unanswered.
    private static bool AcknowledgmentsOnly(byte[] posted)
    {
        var segments = Segments(Encoding.UTF8.GetString(posted).TrimStart('\uFEFF', ' ', '\r', '\n', '\t'));
        var inFaGroup = false;
        foreach (var segment in segments)
        {
            switch (segment[0])
            {
                case "ISA" or "IEA" or "TA1":
                    break;
                case "GS":
                    inFaGroup = segment.Count > 1 && segment[1] == "FA";
                    if (!inFaGroup)
                    {
                        return false;
                    }

                    break;
                case "GE":
                    inFaGroup = false;
                    break;
                default:
                    if (!inFaGroup)
                    {
                        return false;
                    }

                    break;
            }
        }

        return segments.Count > 0;
    }

    // Every interchange in the answer, each split by its own delimiters (ISA characters 4 and 106), up to its IEA.
    private static List<List<string>> Segments(string text)
    {
        var segments = new List<List<string>>();
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            if (at + 106 > text.Length || string.CompareOrdinal(text, at, "ISA", 0, 3) != 0)
            {
                return segments;
            }

            var element = text[at + 3];
            var terminator = text[at + 105];
            while (at < text.Length)
            {
                var end = text.IndexOf(terminator, at);
                var segment = text[at..(end < 0 ? text.Length : end)].Trim('\r', '\n').Split(element).ToList();
                segments.Add(segment);
                at = end < 0 ? text.Length : end + 1;
                if (segment[0] == "IEA")
                {
                    break;
                }
            }
        }
    }

    private static string First(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
