namespace Logistics.Edi.X12;

/// <summary>A trading partner's identities on the two envelope levels.</summary>
/// <param name="Qualifier">ISA05/ISA07 interchange id qualifier, e.g. ZZ (mutually defined).</param>
/// <param name="InterchangeId">ISA06/ISA08 id (up to 15 characters).</param>
/// <param name="ApplicationCode">GS02/GS03 application sender/receiver code.</param>
public sealed record X12Partner(string Qualifier, string InterchangeId, string ApplicationCode);
