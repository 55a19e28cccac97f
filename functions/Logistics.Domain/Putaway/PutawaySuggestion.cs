using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Domain.Putaway;

/// <summary>Put this many units into this location.</summary>
/// <param name="Location">Target location.</param>
/// <param name="Quantity">Units to put there.</param>
public sealed record PutawaySuggestion(LocationCode Location, Quantity Quantity);
