namespace Logistics.Functions.Table;

/// <summary>An HTTP function served on <c>/api/{Route}</c> in both runtimes (the Functions host proxies it unchanged).</summary>
/// <param name="Route">Route template without the <c>api/</c> prefix, such as <c>publishers/me/keys/{keyId}</c>.</param>
/// <param name="Methods">Upper-case HTTP methods.</param>
public sealed record HttpTrigger(string Route, IReadOnlyList<string> Methods) : FunctionTrigger
{
    /// <summary>The Functions host's default route prefix (<c>extensions.http.routePrefix</c>), kept by proxying.</summary>
    public const string RoutePrefix = "api";

    /// <inheritdoc/>
    public override string BindingType => "httpTrigger";

    /// <inheritdoc/>
    public override string BindingName => "req";

    /// <summary>The ASP.NET Core route pattern, prefix included.</summary>
    public string Pattern => $"/{RoutePrefix}/{Route}";
}
