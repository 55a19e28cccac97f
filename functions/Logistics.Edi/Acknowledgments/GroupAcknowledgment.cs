using Logistics.Edi.X12;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.Acknowledgments;

/// <summary>The 997 verdict on one received functional group: its sets' verdicts and any group-level codes beyond the envelope's.</summary>
/// <param name="Group">The group acknowledged (AK1 echoes its GS01 and GS06).</param>
/// <param name="Sets">One verdict per transaction set, in order (AK2 loops).</param>
/// <param name="GroupErrors">Group codes found beyond the reader's envelope errors, e.g. 1 for a GS01 this warehouse does not take.</param>
public sealed record GroupAcknowledgment(X12FunctionalGroup Group, IReadOnlyList<TransactionSetAcknowledgment> Sets, IReadOnlyList<GroupSyntaxError> GroupErrors)
{
    /// <summary>Every AK905-AK909 code: the reader's envelope errors, then <see cref="GroupErrors"/>; at most five are sent.</summary>
    public IReadOnlyList<int> Codes => [.. Group.Errors.Select(e => e.Code).Concat(GroupErrors.Select(e => (int)e)).Distinct()];

    /// <summary>AK901: A when every set was accepted, P when some were, R when none were or the group itself is at fault.</summary>
    public string Status
    {
        get
        {
            var accepted = Sets.Count(s => s.IsAccepted);
            return Codes.Count > 0 || (accepted == 0 && Sets.Count > 0) ? "R" : accepted == Sets.Count ? "A" : "P";
        }
    }

    /// <summary>True when the group and every set in it were accepted.</summary>
    public bool IsAccepted => Status == "A";
}
