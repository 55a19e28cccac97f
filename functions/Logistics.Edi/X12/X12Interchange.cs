namespace Logistics.Edi.X12;

/// <summary>A parsed ISA…IEA interchange.</summary>
/// <param name="Header">ISA fields.</param>
/// <param name="Delimiters">Delimiters read from the ISA.</param>
/// <param name="Groups">Functional groups in order.</param>
public sealed record X12Interchange(X12InterchangeHeader Header, X12Delimiters Delimiters, IReadOnlyList<X12FunctionalGroup> Groups)
{
    /// <summary>TA1 segments the interchange carries (a partner's answers to our interchanges); they are never answered.</summary>
    public IReadOnlyList<X12Segment> InterchangeAcknowledgments { get; init; } = [];

    /// <summary>True when the interchange carries acknowledgments only (TA1s, 997 groups): X12 forbids answering those.</summary>
    public bool IsAcknowledgmentOnly =>
        (InterchangeAcknowledgments.Count > 0 || Groups.Count > 0) && Groups.All(g => g.FunctionalIdCode == "FA");
}
