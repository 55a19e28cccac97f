using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// Fuzzes the notice intake in process: mutated 943s, 856s and JSON notices (<see cref="NoticeMutator"/>), each judged
/// by <see cref="FuzzOracle"/> — no 5xx, no unlocated error, nothing stored for a rejected document. Prints every
/// failure with the options that replay it and its input, then a summary; exits 1 when any case failed.
/// </summary>
/// <remarks>
/// Usage: <c>fuzz [--cases N] [--seed S] [--case I] [--post FILE] [--max-printed N]</c>. Defaults: 100,000 cases, seed
/// 1, the first 20 failures printed in full. <c>--case I</c> runs case I of the seed alone and prints its input and
/// answer; <c>--post FILE</c> does the same for a hand-made input (JSON when it starts with <c>{</c> or <c>[</c>, else X12),
/// to reduce a failure to its minimal form.
/// </remarks>
internal static class FuzzBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var cases = 100_000L;
        var seed = 1UL;
        long? only = null;
        string? posted = null;
        var maxPrinted = 20;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--cases":
                    cases = long.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = ulong.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--case":
                    only = long.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--post":
                    posted = value;
                    break;
                case "--max-printed":
                    maxPrinted = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown option {args[i]}. Options: --cases N, --seed S, --case I, --post FILE, --max-printed N");
                    return 2;
            }
        }

        await using var intake = await InProcessIntake.StartAsync();
        if (await SamplesRejectedAsync(intake) is { } broken)
        {
            Console.Error.WriteLine(broken);
            return 1;
        }

        if (only is { } index)
        {
            return await ReplayAsync(intake, NoticeMutator.Create(seed, index));
        }

        if (posted is not null)
        {
            var bytes = await File.ReadAllBytesAsync(posted);
            var json = Encoding.UTF8.GetString(bytes).TrimStart()[..1] is "{" or "[";
            return await ReplayAsync(intake, new FuzzCase(seed, -1, json ? FuzzKind.Json : FuzzKind.X12943, [$"posted {posted}"], bytes));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {cases:N0} cases, seed {seed}, notice intake in process, {Environment.ProcessorCount} cores"));
        var outcomes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, (long Count, FuzzCase First)>(StringComparer.Ordinal);
        var failures = 0L;
        var clock = Stopwatch.StartNew();
        for (var i = 0L; i < cases; i++)
        {
            var fuzzCase = NoticeMutator.Create(seed, i);
            var verdict = await JudgeAsync(intake, fuzzCase);
            var outcome = $"{fuzzCase.Kind} {verdict.Outcome}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            if (!verdict.Passed)
            {
                failures++;
                var signature = $"{fuzzCase.Kind}: {Signature(verdict.Failure!)}";
                signatures[signature] = signatures.TryGetValue(signature, out var seen) ? (seen.Count + 1, seen.First) : (1, fuzzCase);
                if (failures <= maxPrinted)
                {
                    PrintFailure(fuzzCase, verdict);
                }
            }

            if ((i + 1) % 10_000 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1:N0} cases, {failures:N0} failed, {(i + 1) / clock.Elapsed.TotalSeconds:N0} cases/s"));
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases:N0} cases in {clock.Elapsed.TotalSeconds:N1} s ({cases / clock.Elapsed.TotalSeconds:N0}/s), seed {seed}: {failures:N0} failed"));
        foreach (var (outcome, count) in outcomes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {outcome,-24} {count,10:N0}"));
        }

        if (signatures.Count > 0)
        {
            Console.WriteLine("distinct failures (count, first case):");
            foreach (var (signature, (count, first)) in signatures.OrderByDescending(s => s.Value.Count))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,7:N0}  {signature}\n           first: {first}"));
            }
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<FuzzVerdict> JudgeAsync(InProcessIntake intake, FuzzCase fuzzCase)
    {
        try
        {
            var (response, changed) = await intake.PostAsync(fuzzCase);
            var verdict = FuzzOracle.Judge(fuzzCase, response, changed);
            var logged = intake.Errors.Drain();
            return verdict.Passed || logged.Count == 0 ? verdict : verdict with { Failure = $"{verdict.Failure} | logged: {string.Join(" | ", logged)}" };
        }
        catch (Exception exception)
        {
            return new FuzzVerdict("threw", $"the intake threw {exception.GetType().Name}: {exception.Message} {exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
        }
    }

    // The three samples themselves must be taken, or every verdict after would measure a broken baseline.
    private static async Task<string?> SamplesRejectedAsync(InProcessIntake intake)
    {
        foreach (var kind in Enum.GetValues<FuzzKind>())
        {
            var sample = new FuzzCase(0, -1, kind, ["none: the sample as is"], Encoding.UTF8.GetBytes(NoticeSamples.For(kind)));
            var (response, _) = await intake.PostAsync(sample);
            if (response.Status != 202)
            {
                return $"The {kind} sample itself is not accepted ({response.Status}): {response.Body}";
            }
        }

        return null;
    }

    private static async Task<int> ReplayAsync(InProcessIntake intake, FuzzCase fuzzCase)
    {
        var (response, changed) = await intake.PostAsync(fuzzCase);
        var verdict = FuzzOracle.Judge(fuzzCase, response, changed);
        Console.WriteLine(fuzzCase);
        Console.WriteLine($"input: {fuzzCase.EscapedBody()}");
        Console.WriteLine($"answer: {response.Status} {response.ContentType}, store {(changed ? "changed" : "unchanged")}");
        Console.WriteLine(response.Body);
        foreach (var logged in intake.Errors.Drain())
        {
            Console.WriteLine($"logged: {logged}");
        }

        Console.WriteLine(verdict.Passed ? $"verdict: {verdict.Outcome}, keeps every rule" : $"verdict: FAILED ({verdict.Outcome}): {verdict.Failure}");
        return verdict.Passed ? 0 : 1;
    }

    private static void PrintFailure(FuzzCase fuzzCase, FuzzVerdict verdict)
    {
        var input = fuzzCase.EscapedBody();
        Console.WriteLine($"FAILED {fuzzCase}");
        Console.WriteLine($"  why: {verdict.Failure}");
        Console.WriteLine($"  input: {(input.Length > 3000 ? input[..3000] + $"… ({input.Length} chars)" : input)}");
    }

    // Failures grouped by what went wrong, without the case-specific values (numbers, quoted text); a 500 by what was thrown.
    private static string Signature(string failure)
    {
        var parts = failure.Split(" | logged: ");
        var text = parts.Length > 1 ? "500, logged: " + parts[1].Split(" at ")[0] : parts[0];
        var builder = new StringBuilder();
        var quoted = false;
        foreach (var c in text.Length > 200 ? text[..200] : text)
        {
            if (c is '\'' or '"')
            {
                quoted = !quoted;
                builder.Append(c);
            }
            else if (!quoted)
            {
                builder.Append(char.IsAsciiDigit(c) ? '#' : c);
            }
        }

        return builder.ToString();
    }
}
