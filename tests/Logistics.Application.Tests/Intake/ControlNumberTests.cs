using Logistics.Application.Partners;
using Logistics.Application.Tests.Support;
using Logistics.Edi.X12;
using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Application.Tests.Intake;

/// <summary>Control numbers of everything sent to a partner come from its counter: unique under concurrency, across processes and restarts.</summary>
public sealed class ControlNumberTests
{
    /// <summary>A set the warehouse does not take: answered with a rejecting 997, and nothing else is written.</summary>
    private static readonly string Unsupported = X12Files.Interchange("004010", [X12Files.Group("OW", "7", X12Files.Set("940", "0001", "W05*N*ORDER-1"))]);

    [Fact]
    public async Task A_thousand_answers_produced_concurrently_in_one_clock_second_all_have_their_own_numbers()
    {
        await using var warehouse = new TestWarehouse();

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => X12Files.PostAsync(warehouse, Unsupported))));

        var envelopes = answers.Select(a => X12Reader.Read(a.Acknowledgment).Interchange!).ToList();
        Assert.All(envelopes, e => Assert.Equal("261121", e.Header.Date));
        Assert.Equal(Enumerable.Range(1, 1000), envelopes.Select(e => int.Parse(e.Header.ControlNumber, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(1000, envelopes.Select(e => e.Groups[0].ControlNumber).Distinct().Count());
    }

    [Fact]
    public async Task Two_processes_sharing_the_store_never_hand_out_the_same_number()
    {
        await using var warehouse = new TestWarehouse();
        var store = new PartnerStore(warehouse.Get<IDocumentStore>());
        var processA = new ControlNumbers(store);
        var processB = new ControlNumbers(store);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => (i % 2 == 0 ? processA : processB).ReserveAsync(X12Files.Owner, 1 + (i % 3), CancellationToken.None))));

        var taken = numbers.Select((first, i) => Enumerable.Range(first, 1 + (i % 3))).SelectMany(n => n).ToList();
        Assert.Equal(taken.Count, taken.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, taken.Count), taken.Order());
    }

    [Fact]
    public async Task Writers_passing_the_ninth_digit_at_once_reset_the_counter_once_and_stay_unique()
    {
        await using var warehouse = new TestWarehouse();
        var store = new PartnerStore(warehouse.Get<IDocumentStore>());
        var container = await store.ContainerAsync(CancellationToken.None);
        await container.CreateAsync(new ControlNumberDocument { Id = ControlNumberDocument.IdOf("acme"), PartnerId = "acme", Last = ControlNumbers.Max - 10 });
        var processA = new ControlNumbers(store);
        var processB = new ControlNumbers(store);

        var numbers = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => (i % 2 == 0 ? processA : processB).ReserveAsync("acme", 1, CancellationToken.None))));

        Assert.Equal(60, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.True(n is >= 1 and <= ControlNumbers.Max, $"{n} is not a nine-digit control number"));
        Assert.Contains(1, numbers);
    }

    [Fact]
    public async Task After_a_restart_on_the_same_file_the_numbers_go_on_where_they_stopped()
    {
        var folder = Directory.CreateTempSubdirectory("logistics-control-numbers-").FullName;
        void OnFile(IServiceCollection services) => services.Configure<SqliteStorageOptions>(o => o.DatabasePath = Path.Combine(folder, "shared.db"));
        try
        {
            await using (var before = new TestWarehouse(OnFile))
            {
                foreach (var _ in Enumerable.Range(0, 3))
                {
                    await X12Files.PostAsync(before, Unsupported);
                }
            }

            await using var after = new TestWarehouse(OnFile);
            var answer = await X12Files.PostAsync(after, Unsupported);

            Assert.Equal("000000004", X12Reader.Read(answer.Acknowledgment).Interchange!.Header.ControlNumber);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Each_partner_counts_on_its_own()
    {
        await using var warehouse = new TestWarehouse();
        var numbers = warehouse.Get<ControlNumbers>();

        Assert.Equal(1, await numbers.ReserveAsync("acme", 5, CancellationToken.None));
        Assert.Equal(1, await numbers.ReserveAsync("globex", 1, CancellationToken.None));
        Assert.Equal(6, await numbers.ReserveAsync("acme", 1, CancellationToken.None));
    }

    [Fact]
    public async Task The_numbers_start_again_at_1_after_nine_digits_and_a_block_never_straddles_the_end()
    {
        await using var warehouse = new TestWarehouse();
        var numbers = warehouse.Get<ControlNumbers>();
        var container = await warehouse.Get<PartnerStore>().ContainerAsync(CancellationToken.None);
        await container.CreateAsync(new ControlNumberDocument { Id = ControlNumberDocument.IdOf("acme"), PartnerId = "acme", Last = ControlNumbers.Max - 2 });

        Assert.Equal(ControlNumbers.Max - 1, await numbers.ReserveAsync("acme", 2, CancellationToken.None));
        Assert.Equal(1, await numbers.ReserveAsync("acme", 2, CancellationToken.None));
    }
}
