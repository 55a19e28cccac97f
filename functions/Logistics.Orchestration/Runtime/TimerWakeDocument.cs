namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Written by the timer sweep next to a due instance so its wake-up message rides an ordinary outbox batch (without
/// touching the instance document's ETag).
/// </summary>
internal sealed record TimerWakeDocument(string InstanceId, DateTimeOffset SweptAt)
{
    public const string DocumentId = "timer-wake";

    public string Id { get; init; } = DocumentId;

    public string Type { get; init; } = "marker";
}
