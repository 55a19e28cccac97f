namespace Logistics.Edi.X12;

/// <summary>What the caller decides for an outbound interchange: control numbers, time, version and delimiters.</summary>
/// <param name="InterchangeControlNumber">ISA13/IEA02 (1-999999999), reserved by the caller from the partner's counter.</param>
/// <param name="GroupControlNumber">GS06/GE02 of the (first) group.</param>
/// <param name="CreatedAt">ISA09/ISA10 and GS04/GS05 are written in this value's own offset: pass the warehouse's local time.</param>
/// <param name="Version">ISA12 interchange version, e.g. 00401 or 00501.</param>
/// <param name="GroupVersion">GS08 version/release, e.g. 004010.</param>
/// <param name="UsageIndicator">ISA15: P production or T test.</param>
public sealed record X12EnvelopeSettings(
    int InterchangeControlNumber,
    int GroupControlNumber,
    DateTimeOffset CreatedAt,
    string Version = "00401",
    string GroupVersion = "004010",
    string UsageIndicator = "P")
{
    /// <summary>Delimiters to write with; the usual set unless the partner needs others.</summary>
    public X12Delimiters Delimiters { get; init; } = X12Delimiters.Default;
}
