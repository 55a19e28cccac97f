using System.Diagnostics.CodeAnalysis;

namespace Logistics.Functions.Table;

/// <summary>
/// Every function of the app, read by the standalone dispatcher, the custom-handler endpoints and the package
/// command alike, so that nothing is declared twice.
/// </summary>
public sealed class FunctionTable
{
    private readonly Dictionary<string, FunctionDefinition> _byName;

    internal FunctionTable(IReadOnlyList<FunctionDefinition> functions)
    {
        Functions = functions;
        _byName = functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All functions in declaration order.</summary>
    public IReadOnlyList<FunctionDefinition> Functions { get; }

    /// <summary>Functions started by something other than HTTP.</summary>
    public IEnumerable<FunctionDefinition> NonHttp => Functions.Where(f => f.Trigger is not HttpTrigger);

    /// <summary>Finds a function by name, case-insensitively as the Functions host does.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out FunctionDefinition? function) =>
        _byName.TryGetValue(name, out function);
}
