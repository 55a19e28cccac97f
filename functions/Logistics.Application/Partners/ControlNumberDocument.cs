using Logistics.Application.Common;

namespace Logistics.Application.Partners;

/// <summary>A partner's X12 control number counter: the last number handed out for an ISA13, GS06 of ours.</summary>
public sealed record ControlNumberDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "x12ControlNumbers";

    public required string Id { get; init; }

    /// <summary>The partner (the publisher's owner id).</summary>
    public required string PartnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The last number reserved; the next reservation starts after it.</summary>
    public required long Last { get; init; }

    /// <summary>The document id of <paramref name="partnerId"/>'s counter.</summary>
    public static string IdOf(string partnerId) => DocumentIds.Of(Kind, partnerId);
}
