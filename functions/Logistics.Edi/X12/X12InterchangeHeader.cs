namespace Logistics.Edi.X12;

/// <summary>The ISA fields that matter after reading (values trimmed of their fixed-width padding).</summary>
/// <param name="SenderQualifier">ISA05.</param>
/// <param name="SenderId">ISA06.</param>
/// <param name="ReceiverQualifier">ISA07.</param>
/// <param name="ReceiverId">ISA08.</param>
/// <param name="Date">ISA09 (YYMMDD).</param>
/// <param name="Time">ISA10 (HHMM).</param>
/// <param name="Version">ISA12, e.g. 00401 or 00501.</param>
/// <param name="ControlNumber">ISA13, nine digits.</param>
/// <param name="AcknowledgmentRequested">ISA14 ('0' or '1').</param>
/// <param name="UsageIndicator">ISA15 ('P' production, 'T' test).</param>
public sealed record X12InterchangeHeader(
    string SenderQualifier,
    string SenderId,
    string ReceiverQualifier,
    string ReceiverId,
    string Date,
    string Time,
    string Version,
    string ControlNumber,
    string AcknowledgmentRequested,
    string UsageIndicator);
