using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Application.ValueAdded;

namespace Logistics.Application.Tests.ValueAdded;

/// <summary>
/// A cancellation racing a completion ends as exactly one of them: the loser, held between its read of the job and its
/// commit (a deterministic pause in the store), finds the job changed under its ETag, rebuilds and refuses.
/// </summary>
public sealed class ValueAddedRaceTests
{
    [Fact]
    public async Task A_cancellation_that_commits_while_a_completion_is_building_wins_and_the_completion_refuses()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var before = await Jobs.BalancesAsync(warehouse);
        var job = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("RACE-1", 2)));

        // The completion's first read checks the job; the second is its posting's, held here.
        var pause = warehouse.Pauses.PauseNextRead(ValueAddedJobDocument.IdOf(job.JobId), skip: 1);
        var completing = Task.Run(() => Jobs.CompleteAsync(warehouse, job));
        await pause.Reached;
        var cancelled = await Jobs.CancelAsync(warehouse, job);
        pause.Release();

        var refused = await Assert.ThrowsAsync<StateConflictException>(() => completing);
        Assert.Contains("cancelled", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ValueAddedStage.Cancelled, (await Jobs.ReadAsync(warehouse, job.JobId)).Stage);
        Assert.Equal(before, await Jobs.BalancesAsync(warehouse));
        Assert.DoesNotContain(await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind), m => m.MovementId.Contains("/complete/", StringComparison.Ordinal));
        Assert.Equal(ValueAddedStage.Cancelled, cancelled.Stage);
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
    }

    [Fact]
    public async Task A_completion_that_commits_while_a_cancellation_is_building_wins_and_the_cancellation_refuses()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var job = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("RACE-2", 2)));

        var pause = warehouse.Pauses.PauseNextRead(ValueAddedJobDocument.IdOf(job.JobId), skip: 1);
        var cancelling = Task.Run(() => Jobs.CancelAsync(warehouse, job));
        await pause.Reached;
        var completed = await Jobs.CompleteAsync(warehouse, job);
        pause.Release();

        var refused = await Assert.ThrowsAsync<StateConflictException>(() => cancelling);
        Assert.Contains("completed", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ValueAddedStage.Completed, (await Jobs.ReadAsync(warehouse, job.JobId)).Stage);
        Assert.Equal(new Dictionary<string, long> { ["C-1"] = -4, ["C-2"] = -6, ["KIT-1"] = 2 }, await Jobs.NetPerSkuAsync(warehouse, completed));
        Assert.DoesNotContain(await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind), m => m.MovementId.Contains("/cancel/", StringComparison.Ordinal));
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
    }
}
