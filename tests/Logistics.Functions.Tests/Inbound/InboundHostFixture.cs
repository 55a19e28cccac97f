namespace Logistics.Functions.Tests.Inbound;

/// <summary>One started <see cref="InboundHost"/> shared by a test class.</summary>
public sealed class InboundHostFixture : IAsyncLifetime
{
    private InboundHost? _host;

    public InboundHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _host = await InboundHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
