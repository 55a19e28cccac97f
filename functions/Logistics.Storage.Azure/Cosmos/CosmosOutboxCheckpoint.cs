namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// How far <see cref="CosmosOutboxRelay"/> got in one watched container's change feed; one document per watched container
/// in <see cref="CosmosOutboxRelay.CheckpointContainer"/>.
/// </summary>
/// <param name="Id">The watched container's name, also the partition key (<c>/id</c>).</param>
/// <param name="Continuation">The change feed position after the last page whose messages were sent.</param>
/// <param name="SavedAt">When a relay last saved it; saved at least daily while relays run, so its age says when one last ran.</param>
internal sealed record CosmosOutboxCheckpoint(string Id, string Continuation, DateTimeOffset SavedAt);
