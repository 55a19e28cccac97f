using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Edi.X12;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Tests.Intake;

/// <summary>Business dates are the warehouse's local dates, in its configured zone, on the injected clock.</summary>
public sealed class BusinessDateTests
{
    /// <summary>23:30 UTC on 21 November is already 22 November in Berlin.</summary>
    private static readonly DateTimeOffset LateEvening = new(2026, 11, 21, 23, 30, 0, TimeSpan.Zero);

    private static async Task<TestWarehouse> WarehouseInAsync(string zone)
    {
        var warehouse = new TestWarehouse(s => s.Configure<WarehouseOptions>(o => o.TimeZone = zone));
        warehouse.Clock.Advance(LateEvening - warehouse.Clock.GetUtcNow());
        await X12Files.RegisterItemsAsync(warehouse);
        return warehouse;
    }

    [Theory]
    [InlineData("Europe/Berlin", 22)]
    [InlineData("UTC", 21)]
    [InlineData("America/Los_Angeles", 21)]
    public async Task Today_is_the_warehouse_local_date(string zone, int day)
    {
        await using var warehouse = await WarehouseInAsync(zone);
        Assert.Equal(new DateOnly(2026, 11, day), warehouse.Get<BusinessCalendar>().Today);
    }

    [Theory]
    [InlineData("Europe/Berlin", "AK5*A")]
    [InlineData("UTC", "AK5*R*5")]
    public async Task The_expected_date_window_counts_from_the_warehouse_local_today(string zone, string verdict)
    {
        await using var warehouse = await WarehouseInAsync(zone);

        // 2027-11-22 is 365 days after Berlin's today but 366 after UTC's.
        var result = await X12Files.PostAsync(warehouse, X12Files.Single("943", "W06*N*PO-1*20261121", "G62*17*20271122", "W04*5*EA**SK*DVD-003"));

        Assert.Contains(verdict, X12Files.SetAnswer(result.Acknowledgment));
    }

    [Fact]
    public async Task The_arrival_deadline_is_the_start_of_the_expected_date_in_the_warehouse_zone_plus_the_grace()
    {
        await using var warehouse = await WarehouseInAsync("Europe/Berlin");
        var result = await X12Files.PostAsync(warehouse, X12Files.Single("943", "W06*N*PO-1*20261121", "G62*17*20261123", "W04*5*EA**SK*DVD-003"));
        var notice = (await warehouse.Get<NoticeRepository>().GetAsync(Assert.Single(result.Notices).NoticeId, null, CancellationToken.None)).Value;

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero), warehouse.Get<NoticeDeadlines>().Arrival(notice));
    }

    [Fact]
    public void A_day_whose_midnight_a_DST_change_skips_starts_at_its_first_valid_time()
    {
        // Brazil moved its clocks from 00:00 to 01:00 on 4 November 2018.
        var start = BusinessCalendar.StartOfDay(new DateOnly(2018, 11, 4), new WarehouseOptions { TimeZone = "America/Sao_Paulo" });
        Assert.Equal(new DateTimeOffset(2018, 11, 4, 3, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public async Task The_997_envelope_carries_the_warehouse_local_date_and_time()
    {
        await using var warehouse = await WarehouseInAsync("Europe/Berlin");

        var result = await X12Files.PostAsync(warehouse, X12Files.Single("943", "W06*N*PO-1*20261121", "W04*5*EA**SK*DVD-003"));

        var answer = X12Reader.Read(result.Acknowledgment).Interchange!;
        Assert.Equal(("261122", "0030"), (answer.Header.Date, answer.Header.Time));
        Assert.Contains("*20261122*0030*", X12Files.Segments(result.Acknowledgment)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_time_zone_is_refused_when_the_options_are_read()
    {
        await using var warehouse = new TestWarehouse(s => s.Configure<WarehouseOptions>(o => o.TimeZone = "Mars/Olympus_Mons"));
        var error = Assert.Throws<OptionsValidationException>(() => warehouse.Get<IOptions<WarehouseOptions>>().Value);
        Assert.Contains("Warehouse:TimeZone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_944_is_dated_on_the_warehouse_local_day_with_a_number_from_the_counter_and_a_rerun_returns_it_unchanged()
    {
        await using var warehouse = await WarehouseInAsync("Europe/Berlin");
        var accepted = Assert.Single((await X12Files.PostAsync(warehouse, X12Files.Single("943", "W06*N*PO-1*20261121*SHP-1", "W04*5*EA**SK*DVD-003"))).Notices);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None);
        var scan = await warehouse.Receiving.RecordScanAsync(warehouse.Durable, accepted.NoticeId, new ScanInput("s1", Sku: "DVD-003", Quantity: 5), CancellationToken.None);
        Assert.True(scan.ReceiptClosed);
        var advices = warehouse.Get<ReceiptAdvices>();

        var advice = await advices.CompleteAsync(accepted.NoticeId, LateEvening, CancellationToken.None);
        var rerun = await advices.CompleteAsync(accepted.NoticeId, LateEvening.AddMinutes(5), CancellationToken.None);

        Assert.Equal(advice, rerun);
        Assert.Equal(new DateOnly(2026, 11, 22), advice.ReceivedOn);
        var interchange = X12Reader.Read(advice.X12).Interchange!;
        Assert.Equal(("000000002", "261122", "0030"), (interchange.Header.ControlNumber, interchange.Header.Date, interchange.Header.Time));
        Assert.Equal("W17*F*20261122*" + advice.ReceiptNumber + "*PO-1*SHP-1", string.Join('*', [interchange.Groups[0].TransactionSets[0].Segments[1].Id, .. interchange.Groups[0].TransactionSets[0].Segments[1].Elements]));
        Assert.Equal(3, await warehouse.Get<Partners.ControlNumbers>().ReserveAsync(X12Files.Owner, 1, CancellationToken.None));
    }
}
