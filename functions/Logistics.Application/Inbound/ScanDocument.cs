using Logistics.Application.Common;

namespace Logistics.Application.Inbound;

/// <summary>
/// One scan, stored on its own: its id is (notice, the device's scan id), so creating it is the idempotency check, and
/// a resend with other content is told apart from a harmless repeat.
/// </summary>
public sealed record ScanDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "scan";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string NoticeId { get; init; }

    public required ScanRecord Scan { get; init; }

    /// <summary>The document id of scan <paramref name="scanId"/> of a notice.</summary>
    public static string IdOf(string noticeId, string scanId) => DocumentIds.Of(Kind, noticeId, scanId);
}
