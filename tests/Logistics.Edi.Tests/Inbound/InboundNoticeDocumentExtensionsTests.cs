using Logistics.Domain.Inbound;
using Logistics.Domain.Owners;
using Logistics.Edi.Inbound;

namespace Logistics.Edi.Tests.Inbound;

public class InboundNoticeDocumentExtensionsTests
{
    [Fact]
    public void ToNotice_ConvertsCasesWithItemMaster_AndKeepsHeader()
    {
        var document = Notice943Mapper.Map(X12Sets.First(SampleFiles.Sample943)).Document!;

        var notice = document.ToNotice(OwnerId.Parse("demo-publisher"), sku => sku.Value == "BOOK-002" ? 12 : 1, DateTimeOffset.UnixEpoch);

        Assert.Equal([24, 24], notice.Lines.Select(l => l.ExpectedQuantity.Units));
        Assert.Equal(("PO-7781", NoticeType.Edi943, "ABCD"), (notice.Number.Value, notice.Type, notice.Header.Carrier));
        Assert.Equal("LOT-A1", notice.Lines[0].Lot!.Value);
    }

    [Fact]
    public void A_line_named_by_a_barcode_cannot_become_a_notice_before_it_is_resolved()
    {
        var document = Notice943Mapper.Map(X12Sets.First(SampleFiles.Sample943.ReplaceOnce("W04*2*CA**SK*BOOK-002", "W04*2*CA**EN*4006381333931"))).Document!;

        Assert.False(document.IsResolved);
        Assert.Throws<InvalidOperationException>(() => document.ToNotice(OwnerId.Parse("demo-publisher"), _ => 1, DateTimeOffset.UnixEpoch));
    }
}
