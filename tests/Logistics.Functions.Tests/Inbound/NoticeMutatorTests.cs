using Logistics.Benchmarks.Fuzz;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>The fuzz cases are reproducible from (seed, case number) alone and the mutator never fails to make one.</summary>
public sealed class NoticeMutatorTests
{
    [Fact]
    public void A_case_is_the_same_bytes_every_time_and_independent_of_the_cases_before_it()
    {
        var first = NoticeMutator.Create(7, 1234);
        foreach (var i in Enumerable.Range(0, 50))
        {
            NoticeMutator.Create(7, i);
        }

        var again = NoticeMutator.Create(7, 1234);

        Assert.Equal(first.Body, again.Body);
        Assert.Equal(first.Mutations, again.Mutations);
        Assert.NotEqual(first.Body, NoticeMutator.Create(8, 1234).Body);
    }

    [Fact]
    public void Twenty_thousand_cases_are_made_without_failing_over_every_kind_and_mutate_their_sample()
    {
        var kinds = new HashSet<FuzzKind>();
        var unchanged = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var fuzzCase = NoticeMutator.Create(1, i);
            kinds.Add(fuzzCase.Kind);
            Assert.InRange(fuzzCase.Mutations.Count, 1, 3);
            if (fuzzCase.Body.AsSpan().SequenceEqual(System.Text.Encoding.UTF8.GetBytes(NoticeSamples.For(fuzzCase.Kind))))
            {
                unchanged++;
            }
        }

        Assert.Equal(Enum.GetValues<FuzzKind>(), kinds.Order());
        Assert.True(unchanged < 400, $"{unchanged} of 20,000 cases left their sample as it was");
    }

    [Fact]
    public void The_printed_input_escapes_what_a_terminal_would_hide_and_bytes_that_are_not_UTF8()
    {
        var fuzzCase = new FuzzCase(1, 0, FuzzKind.Json, ["test"], [(byte)'{', (byte)'\n', 0xFF, 0xC3, 0xA9, 0x00, (byte)'}']);

        Assert.Equal("{\\n\\xFF\\u00e9\\u0000}", fuzzCase.EscapedBody());
    }
}
