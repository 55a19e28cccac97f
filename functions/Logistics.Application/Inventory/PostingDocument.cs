using Logistics.Application.Common;

namespace Logistics.Application.Inventory;

/// <summary>
/// The movements of a step, frozen with the step's state change when they are too many for its batch; the step's
/// posting is then applied from this document in chunks and the document deleted with the last one.
/// </summary>
/// <remarks>
/// A retry, a crash or a concurrent step can therefore never post quantities other than those the state change
/// recorded: the movements were fixed when the state was, and applying them again skips the applied ids.
/// </remarks>
public sealed record PostingDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "posting";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The step (see <see cref="StockPosting.Step"/>).</summary>
    public required string Step { get; init; }

    public required IReadOnlyList<MovementDocument> Movements { get; init; }

    /// <summary>The document id of a step's posting.</summary>
    public static string IdOf(string step) => DocumentIds.Of(Kind, step);
}
