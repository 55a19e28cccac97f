namespace Logistics.Edi.X12;

/// <summary>One parsed segment.</summary>
/// <param name="Id">Segment id, e.g. <c>W04</c>.</param>
/// <param name="Elements">Element values; index 0 is element 01.</param>
/// <param name="Position">1-based position in its transaction set (ST is 1); for envelope segments, in the interchange.</param>
public sealed record X12Segment(string Id, IReadOnlyList<string> Elements, int Position)
{
    /// <summary>Element at 1-based <paramref name="position"/>, or an empty string when absent (X12 drops trailing empties).</summary>
    public string this[int position] => position >= 1 && position <= Elements.Count ? Elements[position - 1] : string.Empty;

    /// <summary>True when the element at <paramref name="position"/> is present and not empty.</summary>
    public bool Has(int position) => this[position].Length > 0;

    /// <inheritdoc />
    public override string ToString() => $"{Id}*{string.Join('*', Elements)} (#{Position})";
}
