namespace Logistics.Functions.Dashboard;

/// <summary>One static file of the dashboard.</summary>
/// <param name="Path">Its path below the dashboard, such as <c>js/app.js</c>.</param>
/// <param name="Content">Its bytes.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="ETag">A strong validator derived from the content.</param>
public sealed record DashboardAsset(string Path, byte[] Content, string ContentType, string ETag);
