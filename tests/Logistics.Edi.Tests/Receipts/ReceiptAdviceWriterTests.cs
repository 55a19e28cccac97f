using Logistics.Domain.Common;
using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;
using Logistics.Edi.Receipts;
using Logistics.Edi.X12;

namespace Logistics.Edi.Tests.Receipts;

public class ReceiptAdviceWriterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly X12Partner Warehouse = new("ZZ", "LOGISTICS3PL", "LOGISTICS3PL");
    private static readonly X12Partner Owner = new("ZZ", "DEMOPUB", "DEMOPUB");

    private static InboundNotice ClosedNotice()
    {
        var notice = InboundNotice.Accept(
            OwnerId.Parse("demo-publisher"), NoticeNumber.Parse("ASN-943-1"), NoticeType.Edi943, new NoticeHeader(new DateOnly(2026, 1, 20), Reference: "PO-7781"),
            [
                new NoticeLine(1, Sku.Parse("BOOK-001"), Quantity.Of(24), LotNumber.Parse("LOT-A1")),
                new NoticeLine(2, Sku.Parse("BOOK-002"), Quantity.Of(10)),
            ],
            T0);
        notice.RecordScan(new ReceiptScan(ScannedItem.Known(Sku.Parse("BOOK-001")), LotNumber.Parse("LOT-A1"), null, Quantity.Of(22), ItemCondition.Good, T0));
        notice.RecordScan(new ReceiptScan(ScannedItem.Known(Sku.Parse("BOOK-001")), LotNumber.Parse("LOT-A1"), null, Quantity.Of(2), ItemCondition.Damaged, T0));
        notice.RecordScan(new ReceiptScan(ScannedItem.Known(Sku.Parse("BOOK-002")), null, null, Quantity.Of(12), ItemCondition.Good, T0));
        notice.RecordScan(new ReceiptScan(ScannedItem.Unknown("0000"), null, null, Quantity.Of(1), ItemCondition.Good, T0));
        notice.CloseReceipt(T0.AddHours(1));
        return notice;
    }

    private static string Write() =>
        ReceiptAdviceWriter.Write(
            ReceiptAdvice.FromNotice(ClosedNotice(), "RCPT-9", new DateOnly(2026, 1, 20), "SHP-55"), Warehouse, Owner, new X12EnvelopeSettings(900, 90, T0));

    [Fact]
    public void Writes_W07_per_line_W13_per_discrepancy_and_W14_total()
    {
        var set = X12Reader.Read(Write()).Interchange!.Groups[0].TransactionSets[0];

        Assert.Equal(
            [
                "ST*944*0001",
                "W17*F*20260120*RCPT-9*ASN-943-1*SHP-55",
                "N1*DE*demo-publisher",
                "W07*22*EA**SK*BOOK-001***LOT-A1",
                "W13*2*EA*01*LOT-A1*NR",
                "W07*12*EA**SK*BOOK-002",
                "W13*2*EA*03",
                "W14*36",
                "SE*9*0001",
            ],
            set.Segments.Select(s => string.Join('*', [s.Id, .. s.Elements])));
    }

    [Fact]
    public void Output_parses_back_with_the_reader_as_a_valid_RE_group()
    {
        var read = X12Reader.Read(Write());

        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        var group = Assert.Single(read.Interchange!.Groups);
        Assert.Equal(("RE", "90", "LOGISTICS3PL", "DEMOPUB"), (group.FunctionalIdCode, group.ControlNumber, group.ApplicationSender, group.ApplicationReceiver));
        Assert.Equal(("LOGISTICS3PL", "DEMOPUB", "000000900"), (read.Interchange.Header.SenderId, read.Interchange.Header.ReceiverId, read.Interchange.Header.ControlNumber));
    }

    [Fact]
    public void A_943_notice_is_the_depositor_order_and_an_856_notice_the_shipment()
    {
        var notice = InboundNotice.Accept(
            OwnerId.Parse("demo-publisher"), NoticeNumber.Parse("ASN-856-7"), NoticeType.Edi856, new NoticeHeader(new DateOnly(2026, 1, 20), Reference: "PO-9001"),
            [new NoticeLine(1, Sku.Parse("A"), Quantity.Of(5))], T0);
        notice.CloseReceipt(T0);
        var from856 = ReceiptAdvice.FromNotice(notice, "R-1", new DateOnly(2026, 1, 20));
        var from943 = ReceiptAdvice.FromNotice(ClosedNotice(), "R-2", new DateOnly(2026, 1, 20));

        Assert.Equal(("PO-9001", "ASN-856-7"), (from856.DepositorOrderNumber, from856.ShipmentId));
        Assert.Equal(("ASN-943-1", (string?)null), (from943.DepositorOrderNumber, from943.ShipmentId));
        Assert.Contains("~W17*F*20260120*R-2*ASN-943-1~", ReceiptAdviceWriter.Write(from943, Warehouse, Owner, new X12EnvelopeSettings(1, 1, T0)), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_line_gets_W13_code_02()
    {
        var notice = InboundNotice.Accept(
            OwnerId.Parse("demo-publisher"), NoticeNumber.Parse("N-2"), NoticeType.Json, new NoticeHeader(new DateOnly(2026, 1, 20)),
            [new NoticeLine(1, Sku.Parse("A"), Quantity.Of(5))], T0);
        notice.CloseReceipt(T0);

        var text = ReceiptAdviceWriter.Write(ReceiptAdvice.FromNotice(notice, "R-2", new DateOnly(2026, 1, 20)), Warehouse, Owner, new X12EnvelopeSettings(1, 1, T0));

        Assert.Contains("~W07*0*EA**SK*A~W13*5*EA*02~W14*0~", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_receipt_cannot_be_advised()
    {
        var notice = InboundNotice.Accept(
            OwnerId.Parse("demo-publisher"), NoticeNumber.Parse("N-3"), NoticeType.Json, new NoticeHeader(new DateOnly(2026, 1, 20)),
            [new NoticeLine(1, Sku.Parse("A"), Quantity.Of(5))], T0);
        Assert.Throws<DomainException>(() => ReceiptAdvice.FromNotice(notice, "R-3", new DateOnly(2026, 1, 20)));
    }
}
