using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>One GS…GE functional group.</summary>
/// <param name="FunctionalIdCode">GS01, e.g. AR for 943, SH for 856, FA for 997.</param>
/// <param name="ApplicationSender">GS02.</param>
/// <param name="ApplicationReceiver">GS03.</param>
/// <param name="ControlNumber">GS06.</param>
/// <param name="Version">GS08, e.g. 004010.</param>
/// <param name="TransactionSets">The sets in the group.</param>
/// <param name="Errors">Group-level envelope errors; codes are <see cref="GroupSyntaxError"/> values.</param>
public sealed record X12FunctionalGroup(
    string FunctionalIdCode,
    string ApplicationSender,
    string ApplicationReceiver,
    string ControlNumber,
    string Version,
    IReadOnlyList<X12TransactionSet> TransactionSets,
    IReadOnlyList<X12EnvelopeError> Errors);
