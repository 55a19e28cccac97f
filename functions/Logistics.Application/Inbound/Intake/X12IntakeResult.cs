namespace Logistics.Application.Inbound.Intake;

/// <summary>The answer to an X12 interchange: the acknowledgments (TA1 first when the envelope failed, then one 997 per group) and the notices taken.</summary>
public sealed record X12IntakeResult(string Acknowledgment, IReadOnlyList<AcceptedNotice> Notices);
