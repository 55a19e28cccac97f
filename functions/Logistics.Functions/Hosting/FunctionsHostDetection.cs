namespace Logistics.Functions.Hosting;

/// <summary>Tells whether the Azure Functions host started this process as its worker.</summary>
/// <remarks>
/// The host starts a .NET isolated worker with the address of its gRPC endpoint, as <c>--functions-uri</c> (worker
/// 2.x) or <c>--host</c>/<c>--port</c> (older hosts), and the worker SDK reads it as <c>Functions:Worker:HostEndpoint</c>.
/// Without it nobody could drive the worker, so the process runs the local runtime instead.
/// </remarks>
public static class FunctionsHostDetection
{
    /// <summary>The configuration key of the host's gRPC endpoint.</summary>
    public const string HostEndpointKey = "Functions:Worker:HostEndpoint";

    /// <summary>True when the command line or the environment carries the host's endpoint.</summary>
    public static AppRuntime Detect(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var startedByHost = args.Any(a => a.StartsWith("--functions-uri", StringComparison.Ordinal))
            || (args.Contains("--host") && args.Contains("--port") && args.Contains("--workerId"))
            || !string.IsNullOrEmpty(environment(HostEndpointKey.Replace(":", "__", StringComparison.Ordinal)));
        return startedByHost ? AppRuntime.AzureFunctions : AppRuntime.Local;
    }
}
