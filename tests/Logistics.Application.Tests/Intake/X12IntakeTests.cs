using Logistics.Application.Tests.Support;
using Logistics.Edi.X12;

namespace Logistics.Application.Tests.Intake;

/// <summary>Partners' X12 as they really send it, through the real intake onto an item master: taken, with every line on its item.</summary>
public sealed class X12IntakeTests
{
    [Fact]
    public async Task A_943_naming_items_by_EAN_UPC_and_VN_with_N9_LI_line_numbers_and_newline_terminators_is_taken_line_by_line()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);
        var x12 = X12Files.Interchange("004010", [X12Files.Group("AR", "7", X12Files.Set("943", "0001",
            "W06*N*PO-1001*20261121*SHP-1001",
            "N1*SF*Acme Print Plant*92*PLANT1",
            "N3*1 Main St",
            "N4*Springfield*IL*62701*US",
            "W27*M*ABCD",
            "G62*11*20261121",
            "G62*17*20261123",
            "W04*24*EA**EN*9780306406157",
            "N9*LI*10",
            "N9*LT*LOT-A1",
            "W04*2.00*CA**UP*036000291452*VN*BOOK-002",
            "N9*LI*20",
            "W04*10*EA**VN*DVD-003*EN*4006381333931",
            "N9*LI*30",
            "W03*36"))], terminator: '\n');

        var result = await X12Files.PostAsync(warehouse, x12);

        Assert.Equal(["AK5*A"], X12Files.SetAnswer(result.Acknowledgment));
        Assert.Equal("acme~PO-1001", Assert.Single(result.Notices).NoticeId);
        var notice = Assert.Single(await X12Files.NoticesAsync(warehouse));
        Assert.Equal((new DateOnly(2026, 11, 23), "Acme Print Plant", "ABCD"), (notice.ExpectedDate, notice.ShipFrom, notice.Carrier));
        Assert.Equal(
            [(10, "BOOK-001", 24, "LOT-A1", 24, "EA"), (20, "BOOK-002", 20, null, 2, "CA"), (30, "DVD-003", 10, null, 10, "EA")],
            notice.Lines.Select(l => (l.LineNumber, l.Sku, l.Units, l.Lot, l.AnnouncedQuantity, l.AnnouncedUnit)));
    }

    [Fact]
    public async Task A_005010_interchange_with_two_943s_in_one_group_and_an_856_in_another_is_answered_in_005010_and_takes_all_three()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);
        var x12 = X12Files.Interchange("005010",
        [
            X12Files.Group("AR", "7",
                X12Files.Set("943", "0001", "W06*N*PO-1*20261121", "W04*5*EA**SK*DVD-003"),
                X12Files.Set("943", "0002", "W06*N*PO-2*20261121", "W04*1*CS**BP*BOOK-002")),
            X12Files.Group("SH", "8",
                X12Files.Set("856", "0001",
                    "BSN*00*ASN-3*20261121*0800*0001",
                    "HL*1**S", "TD1*CTN25*2", "TD5**2*UPSN", "REF*BM*BOL-3", "DTM*011*20261121", "DTM*017*20261124", "N1*SF*Acme DC",
                    "HL*2*1*O", "PRF*PO-3", "N1*BY*Store 9",
                    "HL*3*2*T", "MAN*GM*00000000000000000017",
                    "HL*4*3*P", "MAN*GM*00000000000000000024",
                    "HL*5*4*I", "LIN*1*IB*0306406152*LT*LOT-B7", "SN1**48*EA", "PID*F****Atlas", "DTM*036*20290630",
                    "HL*6*4*I", "LIN*2*UK*00036000291452", "SN1**3*CT",
                    "CTT*6")),
        ]);

        var result = await X12Files.PostAsync(warehouse, x12);

        var answer = X12Reader.Read(result.Acknowledgment);
        Assert.True(answer.IsValid, string.Join("; ", answer.Errors));
        Assert.Equal("00501", answer.Interchange!.Header.Version);
        Assert.Equal(["005010", "005010"], answer.Interchange.Groups.Select(g => g.Version));
        Assert.Contains("AK1*AR*7*005010", result.Acknowledgment, StringComparison.Ordinal);
        Assert.Contains("AK9*A*2*2*2", result.Acknowledgment, StringComparison.Ordinal);
        Assert.Contains("AK9*A*1*1*1", result.Acknowledgment, StringComparison.Ordinal);
        Assert.Equal(["acme~PO-1", "acme~PO-2", "acme~ASN-3"], result.Notices.Select(n => n.NoticeId));

        var asn = (await X12Files.NoticesAsync(warehouse)).Single(n => n.NoticeNumber == "ASN-3");
        Assert.Equal((new DateOnly(2026, 11, 24), "UPSN", "BOL-3", "Acme DC"), (asn.ExpectedDate, asn.Carrier, asn.Reference, asn.ShipFrom));
        Assert.Equal([(1, "BOOK-001", 48, "LOT-B7"), (2, "BOOK-002", 30, null)], asn.Lines.Select(l => (l.LineNumber, l.Sku, l.Units, l.Lot)));
    }

    [Fact]
    public async Task Posting_the_same_943_again_takes_the_existing_notice_and_a_sound_set_next_to_a_faulty_one_still_stands()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);
        var good = X12Files.Set("943", "0001", "W06*N*PO-1*20261121", "W04*5*EA**EN*4006381333931");
        var bad = X12Files.Set("943", "0002", "W06*N*PO-2*20261121", "W04*5*EA**SK*NOPE");

        var first = await X12Files.PostAsync(warehouse, X12Files.Interchange("004010", [X12Files.Group("AR", "7", good, bad)]));
        var again = await X12Files.PostAsync(warehouse, X12Files.Interchange("004010", [X12Files.Group("AR", "8", good)]));

        Assert.Contains("AK9*P*2*2*1", first.Acknowledgment, StringComparison.Ordinal);
        Assert.True(first.HasRejections);
        Assert.Contains(first.Notes, n => n.Contains("NOPE", StringComparison.Ordinal));
        Assert.True(Assert.Single(first.Notices).IsNew);
        Assert.False(Assert.Single(again.Notices).IsNew);
        Assert.Equal(["PO-1"], (await X12Files.NoticesAsync(warehouse)).Select(n => n.NoticeNumber));
    }
}
