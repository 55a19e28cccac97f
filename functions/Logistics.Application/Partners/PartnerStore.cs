using Logistics.Application.Common;
using Logistics.Storage.Documents;

namespace Logistics.Application.Partners;

/// <summary>The "partners" container: what the warehouse keeps per trading partner (today its X12 control numbers).</summary>
/// <remarks>
/// Kept apart from the warehouse container on purpose: answering an interchange writes a control number, and that must
/// not count as a change to the owner's business data (a rejected notice changes nothing there).
/// </remarks>
public sealed class PartnerStore(IDocumentStore store)
{
    /// <summary>The container name.</summary>
    public const string ContainerName = "partners";

    private readonly InitializeOnce _declare = new(cancellationToken => store.EnsureContainerAsync(Definition, cancellationToken));

    /// <summary>The container declaration, partitioned by partner.</summary>
    public static ContainerDefinition Definition { get; } = new(ContainerName, "/partnerId");

    /// <summary>Returns the container, creating it on first use.</summary>
    public async Task<IDocumentContainer> ContainerAsync(CancellationToken cancellationToken)
    {
        await _declare.EnsureAsync(cancellationToken);
        return store.GetContainer(ContainerName);
    }
}
