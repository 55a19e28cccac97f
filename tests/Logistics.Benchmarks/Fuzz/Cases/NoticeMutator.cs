using System.Text;
using System.Text.Json.Nodes;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// Makes fuzz case <c>index</c> of a run: the kind rotates over 943, 856 and JSON; one to three mutations are drawn
/// (structural for the format, then text, then bytes) from the case's own seed, so the case is the same every time.
/// </summary>
internal static class NoticeMutator
{
    /// <summary>The case <paramref name="index"/> of the run seeded with <paramref name="runSeed"/>.</summary>
    public static FuzzCase Create(ulong runSeed, long index)
    {
        var random = FuzzSeed.Random(FuzzSeed.For(runSeed, index));
        var kind = (FuzzKind)(int)(index % 3);
        var count = random.Next(100) switch { < 55 => 1, < 85 => 2, _ => 3 };
        var layers = Enumerable.Range(0, count).Select(_ => Layer(random)).Order().ToList();
        var mutations = new List<string>();
        var text = NoticeSamples.For(kind);

        var structural = layers.Count(l => l == 0);
        if (structural > 0)
        {
            text = kind == FuzzKind.Json ? MutateJson(random, text, structural, mutations) : MutateX12(random, text, structural, mutations);
        }

        foreach (var _ in layers.Where(l => l == 1))
        {
            // The oversized body is rare: a megabyte per case would make the run about the body limit only.
            var candidates = TextMutations.OnText.Where(m => m.Name != "oversize" || random.Next(200) == 0).ToList();
            var (name, apply) = candidates[random.Next(candidates.Count)];
            (text, var what) = apply(random, text);
            mutations.Add($"{name}: {what}");
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var _ in layers.Where(l => l == 2))
        {
            var (name, apply) = TextMutations.OnBytes[random.Next(TextMutations.OnBytes.Count)];
            (bytes, var what) = apply(random, bytes);
            mutations.Add($"{name}: {what}");
        }

        return new FuzzCase(runSeed, index, kind, mutations, bytes);
    }

    // 0 structural, 1 text, 2 bytes: mostly structural, since that is where the mappers' rules live.
    private static int Layer(Random random) => random.Next(100) switch { < 55 => 0, < 85 => 1, _ => 2 };

    private static string MutateX12(Random random, string text, int count, List<string> mutations)
    {
        for (var i = 0; i < count; i++)
        {
            var (name, apply) = X12Mutations.All[random.Next(X12Mutations.All.Count)];
            (text, var what) = apply(random, text);
            mutations.Add($"{name}: {what}");
        }

        return text;
    }

    private static string MutateJson(Random random, string text, int count, List<string> mutations)
    {
        var draft = new JsonDraft(JsonNode.Parse(text));
        var onText = new List<int>();
        for (var i = 0; i < count; i++)
        {
            // One structural draw in five works on the written text (duplicate members, comments) after the tree.
            if (random.Next(5) == 0)
            {
                onText.Add(random.Next(JsonMutations.OnText.Count));
                continue;
            }

            var (name, apply) = JsonMutations.OnTree[random.Next(JsonMutations.OnTree.Count)];
            mutations.Add($"{name}: {apply(random, draft)}");
        }

        text = draft.ToString();
        foreach (var index in onText)
        {
            var (name, apply) = JsonMutations.OnText[index];
            (text, var what) = apply(random, text);
            mutations.Add($"{name}: {what}");
        }

        return text;
    }
}
