namespace Logistics.Application.Returns.Intake;

/// <summary>A return taken in: new, or the existing one for the same (publisher, return number).</summary>
/// <param name="ReturnId">The return id.</param>
/// <param name="ReturnNumber">The publisher's return number.</param>
/// <param name="InstanceId">Its orchestration instance.</param>
/// <param name="IsNew">False when the return already existed and nothing was started.</param>
public sealed record AcceptedReturn(string ReturnId, string ReturnNumber, string InstanceId, bool IsNew);
