using Logistics.Storage.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>The sequence reservation never reuses a number and stays increasing in commit order across processes.</summary>
public sealed class SequenceAllocatorTests
{
    private long stored;

    [Fact]
    public void Within_a_block_only_the_first_number_stores_a_ceiling()
    {
        var allocator = new SequenceAllocator(blockSize: 10);

        Assert.Equal(1, Commit(allocator, 1).Single());
        Assert.Equal(10, stored);
        allocator.Begin(stored);
        allocator.Next();
        Assert.Null(allocator.PendingCeiling);
    }

    [Fact]
    public void A_restart_continues_above_every_number_used_before()
    {
        var first = new SequenceAllocator(blockSize: 10);
        var used = Commit(first, 3).Concat(Commit(first, 9)).ToList();

        var restarted = new SequenceAllocator(blockSize: 10);
        var next = Commit(restarted, 1).Single();

        Assert.True(next > used.Max(), $"{next} must exceed {used.Max()}");
    }

    [Fact]
    public void Two_processes_sharing_the_counter_issue_increasing_numbers_in_commit_order()
    {
        var a = new SequenceAllocator(blockSize: 10);
        var b = new SequenceAllocator(blockSize: 10);
        var committed = new List<long>();

        for (var round = 0; round < 5; round++)
        {
            committed.AddRange(Commit(a, 2));
            committed.AddRange(Commit(b, 3));
            committed.AddRange(Commit(b, 1));
        }

        Assert.Equal(committed.Order(), committed);
        Assert.Equal(committed.Count, committed.Distinct().Count());
    }

    [Fact]
    public void A_rolled_back_reservation_is_taken_again_from_the_stored_value()
    {
        var a = new SequenceAllocator(blockSize: 10);
        Commit(a, 10);
        a.Begin(stored);
        var lost = a.Next();
        Assert.NotNull(a.PendingCeiling);
        a.RolledBack();

        var after = Commit(a, 1).Single();
        var other = Commit(new SequenceAllocator(blockSize: 10), 1).Single();

        Assert.True(after >= lost);
        Assert.True(other > after);
    }

    private List<long> Commit(SequenceAllocator allocator, int count)
    {
        allocator.Begin(stored);
        var numbers = Enumerable.Range(0, count).Select(_ => allocator.Next()).ToList();
        if (allocator.PendingCeiling is { } ceiling)
            stored = ceiling;
        return numbers;
    }
}
