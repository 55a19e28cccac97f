using Logistics.Edi.Inbound;

namespace Logistics.Edi.Json;

/// <summary>A validated JSON notice, or every error found in it.</summary>
/// <param name="Document">The notice when valid.</param>
/// <param name="Errors">All errors, in document order.</param>
public sealed record NoticeJsonResult(InboundNoticeDocument? Document, IReadOnlyList<NoticeJsonError> Errors)
{
    /// <summary>True when the notice is valid.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
