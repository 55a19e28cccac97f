namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>
/// The port's one free-text reason, as Service Bus's two fields: <c>DeadLetterReason</c>, a short label the portal and
/// Service Bus Explorer show in a column, and <c>DeadLetterErrorDescription</c>, the whole text.
/// </summary>
internal static class ServiceBusDeadLetterReason
{
    /// <summary>A label's length: the first line of the reason, cut here.</summary>
    public const int MaxReasonLength = 256;

    /// <summary>The SDK refuses longer reasons and descriptions (4096 characters).</summary>
    public const int MaxDescriptionLength = 4096;

    /// <summary>Splits <paramref name="reason"/> into the label (its first line) and the description (all of it).</summary>
    public static (string Reason, string Description) Split(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var description = Truncate(reason.Trim(), MaxDescriptionLength);
        var lineEnd = description.IndexOfAny(['\r', '\n']);
        var firstLine = (lineEnd < 0 ? description : description[..lineEnd]).TrimEnd();
        return (Truncate(firstLine, MaxReasonLength), description);
    }

    /// <summary>
    /// The reason the port reads back: the description when it starts with the label (one this adapter wrote), else
    /// both (the broker's own, e.g. <c>MaxDeliveryCountExceeded: Message could not be consumed after 10 delivery attempts.</c>),
    /// else whichever is present.
    /// </summary>
    public static string ReadBack(string? reason, string? description)
    {
        if (string.IsNullOrEmpty(description))
            return reason ?? string.Empty;
        if (string.IsNullOrEmpty(reason) || description.StartsWith(reason, StringComparison.Ordinal))
            return description;
        return $"{reason}: {description}";
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
