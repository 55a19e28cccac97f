using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Inbound;

/// <summary>Collects the item ids of one W04 or LIN: the pairs this warehouse resolves become <see cref="ItemReference"/>s.</summary>
/// <remarks>
/// Partners send more ids than a warehouse needs (a buyer's catalog number CB, a manufacturer's part MG, a style…), so
/// a pair whose qualifier is not resolvable is ignored, as long as the line has at least one that is. A line with none is
/// refused at its first unusable qualifier (code 7, naming the resolvable ones) or, with no pair at all, at the first id
/// element (code 1).
/// </remarks>
internal sealed class ItemIdReader(X12ElementCheck check, LineDraft line)
{
    private (int Position, string Qualifier)? _firstUnusable;

    /// <summary>Reads the pair at <paramref name="qualifierAt"/>/<paramref name="qualifierAt"/>+1 whose qualifier is <paramref name="qualifier"/>.</summary>
    public void Read(int qualifierAt, string qualifier)
    {
        var segment = check.Segment.Id;
        var idAt = qualifierAt + 1;
        if (check.Identifier(qualifierAt, 235, $"Product id qualifier ({segment}{qualifierAt:00})", 2, 2) is null)
        {
            return;
        }

        var id = check.Required(idAt, 234, $"Product id ({segment}{idAt:00})");
        if (!ItemReference.IsResolvable(qualifier))
        {
            _firstUnusable ??= (qualifierAt, qualifier);
            return;
        }

        if (check.Parse(idAt, 234, $"Product id ({segment}{idAt:00})", id, Domain.Items.Sku.MaxLength, v => ItemReference.Parse(qualifier, v)) is { } reference)
        {
            line.ItemIds.Add(reference with { Location = check.Location(idAt, 234) });
        }
    }

    /// <summary>Refuses the segment when it named the item by no resolvable id.</summary>
    public void Finish(int firstIdAt)
    {
        line.ItemSegment = check.Segment;
        if (line.ItemIds.Count > 0 || check.HasErrors)
        {
            return;
        }

        var accepted = string.Join(", ", ItemReference.Qualifiers);
        if (_firstUnusable is { } unusable)
        {
            check.Add(unusable.Position, 235, ElementSyntaxError.InvalidCodeValue, unusable.Qualifier,
                $"Product id qualifier {unusable.Qualifier} is not one this warehouse resolves; name the item with one of {accepted}.");
        }
        else
        {
            check.Add(firstIdAt, 234, ElementSyntaxError.MandatoryElementMissing, null, $"The item needs an id with one of the qualifiers {accepted}.");
        }
    }
}
