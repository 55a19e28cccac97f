using Logistics.Edi.Outbound;

namespace Logistics.Edi.Json;

/// <summary>A validated JSON order, or every error found in it.</summary>
/// <param name="Document">The order when valid.</param>
/// <param name="Errors">All errors, in document order.</param>
public sealed record OrderJsonResult(OutboundOrderDocument? Document, IReadOnlyList<NoticeJsonError> Errors)
{
    /// <summary>True when the order is valid.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
