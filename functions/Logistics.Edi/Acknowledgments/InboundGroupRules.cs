using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>What the envelope of a received group decides before any content is read: answered or not, and where each set belongs.</summary>
public static class InboundGroupRules
{
    /// <summary>GS01 of a functional acknowledgment group (997s from the partner).</summary>
    public const string AcknowledgmentGroup = "FA";

    /// <summary>
    /// True when the group gets a 997. An FA group never does: X12 forbids acknowledging acknowledgments, which would
    /// otherwise bounce between two translators for ever.
    /// </summary>
    public static bool IsAnswered(X12FunctionalGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.FunctionalIdCode != AcknowledgmentGroup;
    }

    /// <summary>AK905 code 1 when GS01 is none of the groups the intake takes (<paramref name="functionalGroups"/>: AR and SH for notices, OW for orders).</summary>
    /// <param name="group">The received group.</param>
    /// <param name="functionalGroups">The intake's ST01 → GS01 map (<see cref="InboundX12Profile{TDocument}.FunctionalGroups"/>).</param>
    public static IReadOnlyList<GroupSyntaxError> GroupErrors(X12FunctionalGroup group, IReadOnlyDictionary<string, string> functionalGroups)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(functionalGroups);
        return functionalGroups.Values.Contains(group.FunctionalIdCode) ? [] : [GroupSyntaxError.NotSupported];
    }

    /// <summary>
    /// An error on ST01 (AK3*ST*1, AK4*1*143*7) when a supported set travels in the wrong group (GS01 must be AR for a
    /// 943, SH for an 856, OW for a 940): translators route by GS01, so a mislabelled group is a partner's mapping error to fix.
    /// </summary>
    /// <param name="group">The received group.</param>
    /// <param name="set">One of its sets.</param>
    /// <param name="functionalGroups">The intake's ST01 → GS01 map; a set it does not name is left to the "not supported" answer.</param>
    public static X12SegmentError? GroupMismatch(X12FunctionalGroup group, X12TransactionSet set, IReadOnlyDictionary<string, string> functionalGroups)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(functionalGroups);
        if (!functionalGroups.TryGetValue(set.IdCode, out var expected) || expected == group.FunctionalIdCode)
        {
            return null;
        }

        var message = $"Transaction set {set.IdCode} travels in a functional group with GS01 {expected}, not {group.FunctionalIdCode} (group {group.ControlNumber}).";
        return X12SegmentError.ForElement("ST", 1, new X12ElementError(1, null, 143, ElementSyntaxError.InvalidCodeValue, set.IdCode, message));
    }
}
