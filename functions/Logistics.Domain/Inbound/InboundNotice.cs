using Logistics.Domain.Common;
using Logistics.Domain.Inbound.Events;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inbound;

/// <summary>An owner's advance notice of goods coming in, and the receipt against it.</summary>
/// <remarks>
/// Lifecycle: Notified → Receiving (first scan) → AwaitingDecision (closed with pending goods) → Completed.
/// Every transition is guarded and raises an event in <see cref="DomainEvents"/>; the aggregate never reads a
/// clock, callers pass the time so orchestrations stay replay-safe.
/// </remarks>
public sealed partial class InboundNotice
{
    private readonly List<NoticeLine> _lines;
    private readonly List<ReceiptScan> _scans = [];
    private readonly List<IDomainEvent> _events = [];
    private List<ReceiptLineResult> _results = [];
    private List<PendingGoods> _pending = [];

    private InboundNotice(OwnerId owner, NoticeNumber number, NoticeType type, NoticeHeader header, List<NoticeLine> lines)
    {
        Owner = owner;
        Number = number;
        Type = type;
        Header = header;
        _lines = lines;
    }

    /// <summary>The goods owner.</summary>
    public OwnerId Owner { get; }

    /// <summary>The owner's notice number; (owner, number) identifies the notice.</summary>
    public NoticeNumber Number { get; }

    /// <summary>The format it arrived in.</summary>
    public NoticeType Type { get; }

    /// <summary>Expected date and descriptive fields.</summary>
    public NoticeHeader Header { get; }

    /// <summary>Where the notice is in its lifecycle.</summary>
    public NoticeStatus Status { get; private set; }

    /// <summary>Expected lines, by line number.</summary>
    public IReadOnlyList<NoticeLine> Lines => _lines;

    /// <summary>Scans recorded so far.</summary>
    public IReadOnlyList<ReceiptScan> Scans => _scans;

    /// <summary>Per-line results, filled when the receipt is closed.</summary>
    public IReadOnlyList<ReceiptLineResult> Results => _results;

    /// <summary>Goods parked pending the owner's decision, filled when the receipt is closed.</summary>
    public IReadOnlyList<PendingGoods> Pending => _pending;

    /// <summary>Events raised since the last <see cref="ClearDomainEvents"/>.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    /// <summary>Prefix of movement ids caused by this notice; stable across retries.</summary>
    public string SourceReference => $"inbound/{Owner}/{Number}";

    /// <summary>Accepts a notice.</summary>
    /// <exception cref="DomainException">No lines, or duplicate line numbers.</exception>
    public static InboundNotice Accept(
        OwnerId owner, NoticeNumber number, NoticeType type, NoticeHeader header, IEnumerable<NoticeLine> lines, DateTimeOffset acceptedAt)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.OrderBy(l => l.LineNumber).ToList();
        if (list.Count == 0)
        {
            throw new DomainException($"Notice {number} has no lines.");
        }

        var duplicate = list.GroupBy(l => l.LineNumber).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException($"Notice {number} has line number {duplicate.Key} more than once.");
        }

        var notice = new InboundNotice(owner, number, type, header, list);
        notice._events.Add(new InboundNoticeAccepted(owner, number, list.Count, acceptedAt));
        return notice;
    }

    /// <summary>Forgets raised events once the caller has published them.</summary>
    public void ClearDomainEvents() => _events.Clear();
}
