using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Intake;

/// <summary>
/// Each rule that refuses a transaction set, through the real intake: the 997 names the segment (AK301/AK302), the element
/// (AK401/AK402) and the code (AK304/AK403), and nothing is stored.
/// </summary>
public sealed class X12RejectionTests
{
    private static readonly string[] Heading = ["W06*N*PO-9*20261121", "G62*17*20261122"];

    private static async Task<string[]> RejectAsync(string x12)
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);

        var result = await X12Files.PostAsync(warehouse, x12);

        Assert.Empty(result.Notices);
        Assert.True(result.HasRejections);
        Assert.Contains("AK9*R*1*1*0", result.Acknowledgment, StringComparison.Ordinal);
        await X12Files.AssertNothingStoredAsync(warehouse);
        return X12Files.SetAnswer(result.Acknowledgment);
    }

    [Fact]
    public async Task An_unknown_SKU_is_code_7_at_its_id_element() =>
        Assert.Equal(["AK3*W04*4**8", "AK4*5*234*7*NOPE-1", "AK5*R*5"], await RejectAsync(X12Files.Single("943", [.. Heading, "W04*5*EA**SK*NOPE-1"])));

    [Fact]
    public async Task A_barcode_no_item_carries_is_code_7_at_its_id_element() =>
        Assert.Equal(["AK3*W04*4**8", "AK4*7*234*7*5901234123457", "AK5*R*5"],
            await RejectAsync(X12Files.Single("943", [.. Heading, "W04*5*EA**SK*DVD-003*EN*5901234123457"])));

    [Fact]
    public async Task A_barcode_two_items_carry_in_different_spellings_is_ambiguous_and_code_7()
    {
        var answer = await RejectAsync(X12Files.Single("943", [.. Heading, "W04*5*EA**UP*012345678905"]));
        Assert.Equal(["AK3*W04*4**8", "AK4*5*234*7*012345678905", "AK5*R*5"], answer);
    }

    [Fact]
    public async Task Ids_of_one_line_that_name_different_items_are_code_7_at_the_one_that_disagrees() =>
        Assert.Equal(["AK3*W04*4**8", "AK4*7*234*7*4006381333931", "AK5*R*5"],
            await RejectAsync(X12Files.Single("943", [.. Heading, "W04*5*EA**SK*BOOK-002*EN*4006381333931"])));

    [Fact]
    public async Task An_856_item_id_no_item_carries_is_code_7_at_its_LIN_element() =>
        Assert.Equal(["AK3*LIN*5**8", "AK4*3*234*7*4012345678901", "AK5*R*5"],
            await RejectAsync(X12Files.Single("856", "BSN*00*ASN-9*20261121*0800", "HL*1**S", "HL*2*1*I", "LIN*1*EN*4012345678901", "SN1**5*EA")));

    [Fact]
    public async Task A_line_quantity_above_a_million_is_code_6_at_W0401() =>
        Assert.Equal(["AK3*W04*4**8", "AK4*1*382*6*1000001", "AK5*R*5"], await RejectAsync(X12Files.Single("943", [.. Heading, "W04*1000001*EA**SK*DVD-003"])));

    [Fact]
    public async Task Cases_that_expand_beyond_a_million_units_are_code_6_at_the_quantity() =>
        Assert.Equal(["AK3*SN1*6**8", "AK4*2*382*6*201", "AK5*R*5"],
            await RejectAsync(X12Files.Single("856", "BSN*00*ASN-9*20261121*0800", "HL*1**S", "HL*2*1*I", "LIN**SK*PALLET-1", "SN1**201*CA")));

    [Fact]
    public async Task A_notice_adding_up_to_more_than_ten_million_units_is_code_6_at_the_line_that_crosses_the_limit()
    {
        var lines = Enumerable.Range(1, 11).Select(i => $"W04*1000000*EA**SK*DVD-003");
        Assert.Equal(["AK3*W04*14**8", "AK4*1*382*6*1000000", "AK5*R*5"], await RejectAsync(X12Files.Single("943", [.. Heading, .. lines])));
    }

    [Fact]
    public async Task A_943_in_an_SH_group_is_code_7_at_ST01() =>
        Assert.Equal(["AK3*ST*1**8", "AK4*1*143*7*943", "AK5*R*5"],
            await RejectAsync(X12Files.Interchange("004010", [X12Files.Group("SH", "7", X12Files.Set("943", "0001", [.. Heading, "W04*5*EA**SK*DVD-003"]))])));

    [Fact]
    public async Task An_856_purpose_code_other_than_original_replace_or_cancel_is_code_7_at_BSN01() =>
        Assert.Equal(["AK3*BSN*2**8", "AK4*1*353*7*07", "AK5*R*5"],
            await RejectAsync(X12Files.Single("856", "BSN*07*ASN-9*20261121*0800", "HL*1**S", "HL*2*1*I", "LIN**SK*DVD-003", "SN1**5*EA")));

    [Fact]
    public async Task An_expected_date_more_than_a_year_away_is_code_8_at_the_G62_it_came_from() =>
        Assert.Equal(["AK3*G62*3**8", "AK4*2*373*8*20281122", "AK5*R*5"],
            await RejectAsync(X12Files.Single("943", "W06*N*PO-9*20261121", "G62*17*20281122", "W04*5*EA**SK*DVD-003")));

    [Fact]
    public async Task A_lot_controlled_item_without_a_lot_is_a_missing_N9_after_its_W04() =>
        Assert.Equal(["AK3*N9*4**3", "AK5*R*5"], await RejectAsync(X12Files.Single("943", [.. Heading, "W04*5*EA**EN*9780306406157"])));

    [Fact]
    public async Task A_lot_controlled_856_item_without_a_lot_is_code_1_at_the_next_LIN_pair() =>
        Assert.Equal(["AK3*LIN*5**8", "AK4*4*235*1", "AK5*R*5"],
            await RejectAsync(X12Files.Single("856", "BSN*00*ASN-9*20261121*0800", "HL*1**S", "HL*2*1*I", "LIN**SK*BOOK-001", "SN1**5*EA")));

    [Fact]
    public async Task Cases_of_an_item_packed_as_eaches_are_code_7_at_the_unit() =>
        Assert.Equal(["AK3*W04*4**8", "AK4*2*355*7*CA", "AK5*R*5"], await RejectAsync(X12Files.Single("943", [.. Heading, "W04*5*CA**SK*DVD-003"])));

    [Fact]
    public async Task A_notice_number_taken_by_other_content_is_refused_by_the_intake_at_W0602_and_the_first_notice_stands()
    {
        await using var warehouse = new TestWarehouse();
        await X12Files.RegisterItemsAsync(warehouse);
        await X12Files.PostAsync(warehouse, X12Files.Single("943", [.. Heading, "W04*5*EA**SK*DVD-003"]));
        var before = await X12Files.NoticesAsync(warehouse);

        var result = await X12Files.PostAsync(warehouse, X12Files.Single("943", [.. Heading, "W04*6*EA**SK*DVD-003"]));

        Assert.Equal(["AK3*W06*2**8", "AK4*2*285*7*PO-9", "AK5*R*5"], X12Files.SetAnswer(result.Acknowledgment));
        Assert.Empty(result.Notices);
        Assert.Contains(result.Notes, n => n.Contains("PO-9", StringComparison.Ordinal));
        var after = await X12Files.NoticesAsync(warehouse);
        Assert.Equal(before.Select(n => (n.NoticeId, n.Lines[0].Units)), after.Select(n => (n.NoticeId, n.Lines[0].Units)));
    }
}
