namespace Logistics.Application.Inbound.Intake;

/// <summary>A notice taken in: new, or the existing one for the same (publisher, notice number).</summary>
/// <param name="NoticeId">The notice id.</param>
/// <param name="NoticeNumber">The publisher's notice number.</param>
/// <param name="InstanceId">Its orchestration instance.</param>
/// <param name="IsNew">False when the notice already existed and nothing was started.</param>
public sealed record AcceptedNotice(string NoticeId, string NoticeNumber, string InstanceId, bool IsNew);
