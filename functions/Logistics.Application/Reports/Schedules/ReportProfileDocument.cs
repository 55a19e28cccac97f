namespace Logistics.Application.Reports.Schedules;

/// <summary>
/// An owner's report settings, one document in its partition: its standing reports and the X12 address its 846 goes to.
/// Without one, the owner gets <see cref="ReportProfiles.Defaults"/>.
/// </summary>
public sealed record ReportProfileDocument
{
    /// <summary>Discriminator value, and the document's id.</summary>
    public const string Kind = "reportProfile";

    public string Id { get; init; } = Kind;

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The standing reports; empty when the owner wants none.</summary>
    public required IReadOnlyList<ReportSchedule> Schedules { get; init; }

    /// <summary>The owner's ISA qualifier for the 846 (ZZ when not given).</summary>
    public string? X12Qualifier { get; init; }

    /// <summary>The owner's ISA id for the 846 (the owner id, upper case, when not given).</summary>
    public string? X12Id { get; init; }

    /// <summary>The owner's X12 version, 00401 or 00501 (00401 when not given).</summary>
    public string? X12Version { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
