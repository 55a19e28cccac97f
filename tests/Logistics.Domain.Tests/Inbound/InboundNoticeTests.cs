using Logistics.Domain.Common;
using Logistics.Domain.Inbound;
using Logistics.Domain.Inbound.Events;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Inbound;

public class InboundNoticeTests
{
    [Fact]
    public void Accept_RaisesAcceptedEvent()
    {
        var notice = new NoticeBuilder().Build();
        var accepted = Assert.IsType<InboundNoticeAccepted>(Assert.Single(notice.DomainEvents));
        Assert.Equal(("ASN-1", 1), (accepted.NoticeNumber.Value, accepted.LineCount));
        Assert.Equal(NoticeStatus.Notified, notice.Status);
        Assert.Equal("inbound/demo-publisher/ASN-1", notice.SourceReference);
    }

    [Fact]
    public void Accept_NoLines_Throws() =>
        Assert.Throws<DomainException>(() => InboundNotice.Accept(
            Owner(), NoticeNumber.Parse("N1"), NoticeType.Json, new NoticeHeader(new DateOnly(2026, 1, 1)), [], T0));

    [Fact]
    public void Accept_DuplicateLineNumbers_Throws() =>
        Assert.Throws<DomainException>(() => new NoticeBuilder().WithLine(1, "A", 1).WithLine(1, "B", 1).Build());

    [Theory]
    [InlineData("")]
    [InlineData("ASN/1")]
    [InlineData("1234567890123456789012345678901")]
    public void NoticeNumber_Invalid_Throws(string number) => Assert.Throws<DomainException>(() => NoticeNumber.Parse(number));

    [Fact]
    public void RecordScan_FirstScan_OpensReceipt()
    {
        var notice = new NoticeBuilder().Build();
        notice.RecordScan(Scan("BOOK-001", 1));
        Assert.Equal(NoticeStatus.Receiving, notice.Status);
        Assert.IsType<ReceiptScanRecorded>(notice.DomainEvents[^1]);
    }

    [Fact]
    public void CloseReceipt_ExactReceipt_CompletesWithoutPending()
    {
        var notice = new NoticeBuilder().Build();
        notice.RecordScan(Scan("BOOK-001", 10));
        notice.CloseReceipt(T0.AddHours(2));

        Assert.Equal(NoticeStatus.Completed, notice.Status);
        Assert.Empty(notice.Pending);
        Assert.IsType<ReceiptClosed>(notice.DomainEvents[^2]);
        Assert.IsType<InboundNoticeCompleted>(notice.DomainEvents[^1]);
    }

    [Fact]
    public void RecordScan_AfterClose_Throws()
    {
        var notice = new NoticeBuilder().Build();
        notice.CloseReceipt(T0);
        var ex = Assert.Throws<DomainException>(() => notice.RecordScan(Scan("BOOK-001", 1)));
        Assert.Contains("until the receipt is closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CloseReceipt_Twice_Throws()
    {
        var notice = new NoticeBuilder().Build();
        notice.CloseReceipt(T0);
        Assert.Throws<DomainException>(() => notice.CloseReceipt(T0));
    }

    [Fact]
    public void CloseReceipt_WithDoubtfulGoods_AwaitsDecisionsThenCompletes()
    {
        var notice = new NoticeBuilder().WithLine(1, "A", 5).Build();
        notice.RecordScan(Scan("A", 7));
        notice.RecordScan(Scan("A", 1, condition: ItemCondition.Damaged));
        notice.RecordScan(UnknownScan("X-999", 2));
        notice.CloseReceipt(T0.AddHours(2));

        Assert.Equal(NoticeStatus.AwaitingDecision, notice.Status);
        Assert.Equal(["L1-good", "L1-damaged", "U1-good"], notice.Pending.Select(p => p.Id));
        Assert.Equal([Discrepancy.Over, Discrepancy.Damaged, Discrepancy.UnknownItem], notice.Pending.Select(p => p.Reason));

        notice.Decide("L1-good", OwnerDecision.Accept, T0.AddDays(1));
        notice.Decide("L1-damaged", OwnerDecision.Scrap, T0.AddDays(1));
        Assert.Equal(NoticeStatus.AwaitingDecision, notice.Status);
        notice.Decide("U1-good", OwnerDecision.ReturnToSupplier, T0.AddDays(1));

        Assert.Equal(NoticeStatus.Completed, notice.Status);
        Assert.Equal(3, notice.DomainEvents.OfType<OwnerDecisionRecorded>().Count());
    }

    [Fact]
    public void Goods_not_on_the_notice_are_parked_with_X_ids_in_item_order()
    {
        var notice = new NoticeBuilder().Build();
        notice.RecordScan(Scan("ZED", 1));
        notice.RecordScan(Scan("ALPHA", 2, condition: ItemCondition.Damaged));
        notice.CloseReceipt(T0);
        Assert.Equal(["X1-damaged", "X2-good"], notice.Pending.Select(p => p.Id));
        Assert.Equal(["ALPHA", "ZED"], notice.Pending.Select(p => p.Item.Sku!.Value));
    }

    [Fact]
    public void Decide_Twice_Throws()
    {
        var notice = new NoticeBuilder().Build();
        notice.RecordScan(Scan("BOOK-001", 12));
        notice.RecordScan(Scan("BOOK-001", 1, condition: ItemCondition.Damaged));
        notice.CloseReceipt(T0);
        notice.Decide("L1-good", OwnerDecision.Accept, T0);
        Assert.Throws<DomainException>(() => notice.Decide("L1-good", OwnerDecision.Scrap, T0));
    }

    [Fact]
    public void Decide_UnknownId_Throws()
    {
        var notice = new NoticeBuilder().Build();
        notice.RecordScan(Scan("BOOK-001", 11));
        notice.CloseReceipt(T0);
        Assert.Throws<DomainException>(() => notice.Decide("L9-good", OwnerDecision.Accept, T0));
    }

    [Fact]
    public void Decide_BeforeClose_Throws() =>
        Assert.Throws<DomainException>(() => new NoticeBuilder().Build().Decide("L1-good", OwnerDecision.Accept, T0));

    [Fact]
    public void ClearDomainEvents_EmptiesList()
    {
        var notice = new NoticeBuilder().Build();
        notice.ClearDomainEvents();
        Assert.Empty(notice.DomainEvents);
    }
}
