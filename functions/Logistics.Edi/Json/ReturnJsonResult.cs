using Logistics.Edi.Returns;

namespace Logistics.Edi.Json;

/// <summary>A validated JSON return notice, or every error found in it.</summary>
/// <param name="Document">The return notice when valid.</param>
/// <param name="Errors">All errors, in document order.</param>
public sealed record ReturnJsonResult(ReturnNoticeDocument? Document, IReadOnlyList<NoticeJsonError> Errors)
{
    /// <summary>True when the return notice is valid.</summary>
    public bool IsValid => Document is not null && Errors.Count == 0;
}
