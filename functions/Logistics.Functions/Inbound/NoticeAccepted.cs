namespace Logistics.Functions.Inbound;

/// <summary>The 202 answer to a JSON notice: the notice, and Durable's check-status links to its orchestration.</summary>
public sealed record NoticeAccepted(
    string NoticeId,
    string NoticeNumber,
    bool IsNew,
    string Id,
    string NoticeUri,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string SuspendPostUri,
    string ResumePostUri,
    string RewindPostUri,
    string PurgeHistoryDeleteUri);
