using System.Globalization;
using System.Text.Json;
using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Intake;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Tests.Support;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Tests.Intake;

/// <summary>An item master as publishers' files name it, interchanges built around body segments, and readers of the answers.</summary>
internal static class X12Files
{
    public const string Owner = "acme";

    /// <summary>
    /// BOOK-001 (lot-controlled, EAN 9780306406157 = ISBN 0-306-40615-2), BOOK-002 (cases of 10, UPC 036000291452),
    /// DVD-003 (EAN 4006381333931), PALLET-1 (cases of 5,000), and MAG-A / MAG-B, which hold one GTIN in two spellings
    /// (EAN-13 0012345678905, UPC-A 012345678905), as an item master can.
    /// </summary>
    public static async Task RegisterItemsAsync(TestWarehouse warehouse)
    {
        await warehouse.Items.PutAsync(Owner, "BOOK-001", new ItemInput("Atlas", ["9780306406157"], LotControlled: true), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "BOOK-002", new ItemInput("Novel", ["036000291452"], PackUnit: "case", CaseQuantity: 10), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "DVD-003", new ItemInput("Film", ["4006381333931"]), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "PALLET-1", new ItemInput("Flyers", PackUnit: "case", CaseQuantity: 5000), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "MAG-A", new ItemInput("Magazine, EAN", ["0012345678905"]), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "MAG-B", new ItemInput("Magazine, UPC", ["012345678905"]), CancellationToken.None);
    }

    /// <summary>
    /// An interchange from ACME to LOGISTICSWH holding <paramref name="groups"/>; <paramref name="terminator"/> is the
    /// segment terminator (a newline is one too), ISA14 asks for a TA1 when <paramref name="ta1"/>, ISA15 is <paramref name="usage"/>.
    /// </summary>
    public static string Interchange(string version, string[][] groups, char terminator = '~', bool ta1 = false, string usage = "P", string control = "000000007")
    {
        var isa12 = version[..5];
        var isa11 = string.CompareOrdinal(isa12, "00402") >= 0 ? "^" : "U";
        var lines = new List<string> { $"ISA*00*          *00*          *ZZ*{"ACME",-15}*ZZ*{"LOGISTICSWH",-15}*261121*0800*{isa11}*{isa12}*{control}*{(ta1 ? 1 : 0)}*{usage}*>" };
        foreach (var group in groups)
        {
            lines.AddRange(group.Select(s => s.Replace("{version}", version, StringComparison.Ordinal)));
        }

        lines.Add($"IEA*{groups.Length.ToString(CultureInfo.InvariantCulture)}*{control}");
        var separator = terminator == '\n' ? "\n" : terminator + "\n";
        return string.Join(separator, lines) + separator;
    }

    /// <summary>One 004010 group of one set: the usual shape of a single notice.</summary>
    public static string Single(string setId, params string[] body) =>
        Interchange("004010", [Group(setId == "856" ? "SH" : "AR", "7", Set(setId, "0001", body))]);

    /// <summary>A GS…GE group of <paramref name="sets"/>.</summary>
    public static string[] Group(string functionalId, string controlNumber, params string[][] sets) =>
        [$"GS*{functionalId}*ACME*LOGISTICSWH*20261121*0800*{controlNumber}*X*{{version}}", .. sets.SelectMany(s => s), $"GE*{sets.Length.ToString(CultureInfo.InvariantCulture)}*{controlNumber}"];

    /// <summary>An ST…SE set with a correct SE01.</summary>
    public static string[] Set(string id, string controlNumber, params string[] body) =>
        [$"ST*{id}*{controlNumber}", .. body, $"SE*{(body.Length + 2).ToString(CultureInfo.InvariantCulture)}*{controlNumber}"];

    /// <summary>The answer's segments ('~'-terminated, as the warehouse writes).</summary>
    public static string[] Segments(string answer) => answer.Split('~', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The AK3/AK4 segments of the acknowledged set <paramref name="controlNumber"/>, and its AK5.</summary>
    public static string[] SetAnswer(string answer, string controlNumber = "0001") =>
        [.. Segments(answer).SkipWhile(s => !s.StartsWith("AK2*", StringComparison.Ordinal) || s.Split('*')[2] != controlNumber).Skip(1).TakeWhile(s => !s.StartsWith("AK2*", StringComparison.Ordinal) && !s.StartsWith("AK9*", StringComparison.Ordinal))];

    /// <summary>Posts <paramref name="x12"/> as the owner through the real intake.</summary>
    public static Task<X12IntakeResult> PostAsync(TestWarehouse warehouse, string x12) =>
        warehouse.Get<X12NoticeIntake>().AcceptAsync(warehouse.Durable, Owner, x12, CancellationToken.None);

    /// <summary>The owner's stored notices.</summary>
    public static Task<List<NoticeDocument>> NoticesAsync(TestWarehouse warehouse) => warehouse.AllAsync<NoticeDocument>(Owner, NoticeDocument.Kind);

    /// <summary>Asserts that the owner has no notice, no stock movement, no balance and no orchestration.</summary>
    public static async Task AssertNothingStoredAsync(TestWarehouse warehouse)
    {
        Assert.Empty(await NoticesAsync(warehouse));
        Assert.Empty(await warehouse.AllAsync<JsonElement>(Owner, MovementDocument.Kind));
        Assert.Empty(await warehouse.AllAsync<JsonElement>(Owner, BalanceDocument.Kind));
        await foreach (var instance in warehouse.Durable.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            Assert.Fail($"Orchestration {instance.InstanceId} was started.");
        }
    }
}
