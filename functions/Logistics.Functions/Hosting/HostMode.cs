using System.Globalization;

namespace Logistics.Functions.Hosting;

/// <summary>Which runtime the process serves: standalone (default) or an Azure Functions custom handler.</summary>
/// <param name="CustomHandlerPort">The port the Functions host gave in <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>, if any.</param>
public sealed record HostMode(int? CustomHandlerPort)
{
    /// <summary>The environment variable the Functions host sets for its custom handler.</summary>
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>Port of the standalone runtime when no URL is configured (the Functions Core Tools' port).</summary>
    public const int DefaultStandalonePort = 7071;

    /// <summary>True when the Functions host started the process.</summary>
    public bool IsCustomHandler => CustomHandlerPort is not null;

    /// <summary>Reads the mode from configuration (environment variables included).</summary>
    /// <exception cref="InvalidOperationException">The port variable is set but not a port number.</exception>
    public static HostMode From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[PortVariable];
        if (string.IsNullOrWhiteSpace(value))
        {
            return new HostMode((int?)null);
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? new HostMode(port)
            : throw new InvalidOperationException($"{PortVariable} must be a TCP port number, not '{value}'.");
    }
}
