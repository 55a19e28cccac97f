namespace Logistics.Edi.X12;

/// <summary>A parsed ISA…IEA interchange.</summary>
/// <param name="Header">ISA fields.</param>
/// <param name="Delimiters">Delimiters read from the ISA.</param>
/// <param name="Groups">Functional groups in order.</param>
public sealed record X12Interchange(X12InterchangeHeader Header, X12Delimiters Delimiters, IReadOnlyList<X12FunctionalGroup> Groups);
