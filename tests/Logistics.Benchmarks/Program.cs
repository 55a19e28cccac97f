using Logistics.Benchmarks.Storage;

// Usage: dotnet run -c Release --project tests/Logistics.Benchmarks -- <suite> [suite options]
// One case per suite; each suite parses its own options.
var suite = args.Length > 0 ? args[0] : string.Empty;
var options = args.Skip(1).ToArray();
switch (suite)
{
    case "storage":
        return await StorageBenchmark.RunAsync(options);
    case "orchestration":
        return await Logistics.Benchmarks.Orchestration.OrchestrationBenchmark.RunAsync(options);
    case "intake":
        return await Logistics.Benchmarks.Intake.IntakeBenchmark.RunAsync(options);
    case "fuzz":
        return await Logistics.Benchmarks.Fuzz.FuzzBenchmark.RunAsync(options);
    case "allocation":
        return await Logistics.Benchmarks.Allocation.AllocationBenchmark.RunAsync(options);
    case "ledger":
        return await Logistics.Benchmarks.Ledger.LedgerBenchmark.RunAsync(options);
    case "ledger-run":
        // The measured child process of the ledger suite.
        return await Logistics.Benchmarks.Ledger.LedgerRun.RunAsync(options);
    default:
        Console.Error.WriteLine($"Unknown suite '{suite}'. Suites: storage, orchestration, intake, fuzz, allocation, ledger");
        return 2;
}
