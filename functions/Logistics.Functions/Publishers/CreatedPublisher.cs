using Logistics.Functions.Security;

namespace Logistics.Functions.Publishers;

/// <summary>Answer to creating a publisher: the publisher and its first key (shown only now).</summary>
/// <param name="Publisher">The publisher.</param>
/// <param name="Key">Its first key.</param>
public sealed record CreatedPublisher(PublisherView Publisher, IssuedKey Key);
