namespace Logistics.Functions.Demo;

/// <summary>
/// Demo credentials for Development (section <c>Demo</c>; env <c>Demo__PublisherKey</c>, <c>Demo__OpsKey</c>,
/// <c>Demo__FloorKey</c>, <c>Demo__CarrierKey</c>). Unset keys are generated at first start and printed once.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Demo";

    /// <summary>The demo publisher's id.</summary>
    public const string PublisherId = "demo-publisher";

    /// <summary>The demo carrier's SCAC; the order simulator hands orders without a carrier to it.</summary>
    public const string CarrierScac = Logistics.Application.Simulation.OrderSimulator.DemoCarrier;

    /// <summary>Preset key of the demo publisher (at least 32 characters).</summary>
    public string? PublisherKey { get; set; }

    /// <summary>Preset ops key.</summary>
    public string? OpsKey { get; set; }

    /// <summary>Preset floor key.</summary>
    public string? FloorKey { get; set; }

    /// <summary>Preset key of the demo carrier (<see cref="CarrierScac"/>).</summary>
    public string? CarrierKey { get; set; }
}
