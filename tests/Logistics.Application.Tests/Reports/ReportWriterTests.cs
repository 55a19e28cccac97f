using System.Globalization;
using System.Text;
using System.Text.Json;
using Logistics.Application.Reports;

namespace Logistics.Application.Tests.Reports;

/// <summary>The CSV and JSON files: exact headers, RFC 4180 escaping, invariant numbers whatever the thread's culture, the stream left open.</summary>
public sealed class ReportWriterTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 21, 23, 59, 59, TimeSpan.Zero);

    private static readonly CurrentStockList List = new("acme", AsOf,
    [
        new CurrentStockLine("BOOK-1", "Atlas, \"large\" edition", "A4, 96 pages", null, "Each", 1234567, 5, 2, 1234570, 1, 0, 0),
        new CurrentStockLine("BOOK-2", "Plain", null, "L1", "Case of 12", -3, 0, 0, -3, 0, 2, 4),
    ]);

    private static readonly StockLedgerReport Ledger = new("acme", AsOf.AddDays(-1), AsOf,
    [
        new StockLedgerLine("BOOK-1", "Atlas, \"large\" edition", null, "Each", 1000000, 9, 1, 2, 3, 4, 5, 1000000),
        new StockLedgerLine("BOOK-2", "Plain", "L1", "Case of 12", 0, 0, 0, 7, 0, 0, 0, 7),
    ]);

    [Fact]
    public async Task Current_stock_csv_has_the_exact_header_escapes_text_and_writes_invariant_numbers()
    {
        var text = await WriteInCultureAsync(stream => CurrentStockCsv.WriteAsync(List, stream, CancellationToken.None));
        Assert.Equal(
            "Owner SKU,Description,Specification,Lot,Pack unit,On hand,Pending in,Pending out,Available,Pending decision,Pending return to supplier,Pending processing\r\n" +
            "BOOK-1,\"Atlas, \"\"large\"\" edition\",\"A4, 96 pages\",,Each,1234567,5,2,1234570,1,0,0\r\n" +
            "BOOK-2,Plain,,L1,Case of 12,-3,0,0,-3,0,2,4\r\n",
            text);
    }

    [Fact]
    public async Task Stock_ledger_csv_has_the_exact_header_escapes_text_and_writes_invariant_numbers()
    {
        var text = await WriteInCultureAsync(stream => StockLedgerCsv.WriteAsync(Ledger, stream, CancellationToken.None));
        Assert.Equal(
            "Owner SKU,Description,Lot,Pack unit,Opening,Received,Returned,Adjusted in,Shipped,Disposed,Adjusted out,Closing\r\n" +
            "BOOK-1,\"Atlas, \"\"large\"\" edition\",,Each,1000000,9,1,2,3,4,5,1000000\r\n" +
            "BOOK-2,Plain,L1,Case of 12,0,0,0,7,0,0,0,7\r\n",
            text);
    }

    [Fact]
    public async Task Movement_csv_has_the_exact_header_and_iso_instants()
    {
        var text = await WriteInCultureAsync(stream => StockLedgerMovementsCsv.WriteAsync(Lines(), stream, CancellationToken.None));
        Assert.Equal(
            "Owner SKU,Lot,Occurred at,Movement,Source reference,In,Out,Balance\r\n" +
            "BOOK-1,,2026-11-21T23:59:59.0000000+00:00,Receipt,\"acme~N,1\",1500,0,1500\r\n" +
            "BOOK-1,L1,2026-11-22T08:30:00.0000000+00:00,Shipment,acme~O-1,0,2,1498\r\n",
            text);

        static async IAsyncEnumerable<StockLedgerMovement> Lines()
        {
            yield return new StockLedgerMovement("BOOK-1", null, AsOf, "Receipt", "acme~N,1", 1500, 0, 1500);
            await Task.Yield();
            yield return new StockLedgerMovement("BOOK-1", "L1", new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.Zero), "Shipment", "acme~O-1", 0, 2, 1498);
        }
    }

    [Fact]
    public async Task Current_stock_json_carries_owner_instant_lines_and_totals()
    {
        using var document = JsonDocument.Parse(await WriteInCultureAsync(stream => CurrentStockJson.WriteAsync(List, stream, CancellationToken.None)));
        var root = document.RootElement;
        Assert.Equal("acme", root.GetProperty("ownerId").GetString());
        Assert.Equal("2026-11-21T23:59:59+00:00", root.GetProperty("asOf").GetString());
        var first = root.GetProperty("lines")[0];
        Assert.Equal("Atlas, \"large\" edition", first.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("lot").ValueKind);
        Assert.Equal("A4, 96 pages", first.GetProperty("specification").GetString());
        Assert.Equal(1234567, first.GetProperty("onHand").GetInt64());
        Assert.Equal("L1", root.GetProperty("lines")[1].GetProperty("lot").GetString());
        var totals = root.GetProperty("totals");
        Assert.Equal(1234564, totals.GetProperty("onHand").GetInt64());
        Assert.Equal(1234567, totals.GetProperty("available").GetInt64());
        Assert.Equal(2, totals.GetProperty("pendingReturnToSupplier").GetInt64());
        Assert.Equal(4, totals.GetProperty("pendingProcessing").GetInt64());
    }

    [Fact]
    public async Task Stock_ledger_json_carries_the_period_lines_and_totals()
    {
        using var document = JsonDocument.Parse(await WriteInCultureAsync(stream => StockLedgerJson.WriteAsync(Ledger, stream, CancellationToken.None)));
        var root = document.RootElement;
        Assert.Equal("2026-11-20T23:59:59+00:00", root.GetProperty("from").GetString());
        Assert.Equal("2026-11-21T23:59:59+00:00", root.GetProperty("to").GetString());
        Assert.Equal(2, root.GetProperty("lines").GetArrayLength());
        Assert.Equal("Case of 12", root.GetProperty("lines")[1].GetProperty("packUnit").GetString());
        var totals = root.GetProperty("totals");
        Assert.Equal(1000000, totals.GetProperty("opening").GetInt64());
        Assert.Equal(9, totals.GetProperty("adjustedIn").GetInt64());
        Assert.Equal(1000007, totals.GetProperty("closing").GetInt64());
    }

    // Writes under a culture whose numbers would read differently (the machine may only have the invariant culture, so it is
    // made here), and checks the stream stays open.
    private static async Task<string> WriteInCultureAsync(Func<Stream, Task> write)
    {
        var previous = CultureInfo.CurrentCulture;
        var odd = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        odd.NumberFormat.NegativeSign = "~";
        odd.NumberFormat.NumberDecimalSeparator = ",";
        odd.NumberFormat.NumberGroupSeparator = ".";
        CultureInfo.CurrentCulture = odd;
        try
        {
            using var stream = new MemoryStream();
            await write(stream);
            Assert.True(stream.CanWrite, "the writer closed the caller's stream");
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
