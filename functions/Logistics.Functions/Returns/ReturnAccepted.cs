namespace Logistics.Functions.Returns;

/// <summary>The 202 answer to a JSON return notice: the return, and links the publisher may follow (no ops-only control links).</summary>
/// <param name="ReturnId">The return id.</param>
/// <param name="ReturnNumber">The publisher's return number.</param>
/// <param name="IsNew">False when the return already existed and nothing was started.</param>
/// <param name="Id">The orchestration instance id.</param>
/// <param name="ReturnUri"><c>GET</c>: the return with its parts.</param>
/// <param name="StatusQueryGetUri"><c>GET</c>: the orchestration's status as the publisher may see it (202 while running, 200 once finished).</param>
public sealed record ReturnAccepted(string ReturnId, string ReturnNumber, bool IsNew, string Id, string ReturnUri, string StatusQueryGetUri);
