using Logistics.Application.Inbound;

namespace Logistics.Functions.Inbound;

/// <summary>The 944 receipt advice as JSON.</summary>
public sealed record AdviceView(string NoticeId, string NoticeNumber, string ReceiptNumber, DateOnly ReceivedOn, IReadOnlyList<AdviceLineView> Lines)
{
    /// <summary>Builds the view from a completed notice.</summary>
    public static AdviceView From(NoticeDocument notice)
    {
        var advice = ReceiptAdvices.ToAdvice(notice);
        return new AdviceView(notice.NoticeId, notice.NoticeNumber, advice.ReceiptNumber, advice.ReceivedOn,
            [.. advice.Lines.Select(l => new AdviceLineView(l.Sku.Value, l.Lot?.Value, l.ReceivedGood, l.Damaged, l.Over, l.Short))]);
    }
}
