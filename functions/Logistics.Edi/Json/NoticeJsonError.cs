namespace Logistics.Edi.Json;

/// <summary>One problem in a JSON notice or order.</summary>
/// <param name="Pointer">RFC 6901 JSON pointer to the offending value, e.g. <c>/lines/2/quantity</c> (empty for the document).</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record NoticeJsonError(string Pointer, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Pointer.Length == 0 ? "(document)" : Pointer)}: {Message}";
}
