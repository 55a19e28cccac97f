namespace Logistics.Functions.Hosting;

/// <summary>Which runtime serves the functions of this process; logged once at start and shown by the health function.</summary>
public sealed class AppRuntime
{
    /// <summary>The executable serves every function itself: Kestrel, the timer scheduler and the embedded Durable Task backend.</summary>
    public static readonly AppRuntime Local = new("local");

    /// <summary>The Azure Functions host started the executable as its isolated worker and drives every function.</summary>
    public static readonly AppRuntime AzureFunctions = new("azure-functions");

    private AppRuntime(string name) => Name = name;

    /// <summary><c>local</c> or <c>azure-functions</c>.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
