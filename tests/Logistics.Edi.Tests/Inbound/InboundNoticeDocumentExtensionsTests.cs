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
        Assert.Equal(("ASN-943-1", NoticeType.Edi943, "ABCD"), (notice.Number.Value, notice.Type, notice.Header.Carrier));
        Assert.Equal("LOT-A1", notice.Lines[0].Lot!.Value);
    }
}
