namespace Logistics.Functions.Packaging;

/// <summary>One app setting the host reads, in Functions <c>Values</c> form (<c>__</c> separates sections).</summary>
/// <param name="Name">Setting name.</param>
/// <param name="Sample">Sample value for the template.</param>
/// <param name="Description">What it does.</param>
public sealed record AppSetting(string Name, string Sample, string Description);
