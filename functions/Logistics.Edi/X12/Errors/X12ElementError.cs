namespace Logistics.Edi.X12.Errors;

/// <summary>One bad data element: what a 997 AK4 reports.</summary>
/// <param name="Position">1-based element position in the segment (AK401-1).</param>
/// <param name="ComponentPosition">1-based component position inside a composite, if any (AK401-2).</param>
/// <param name="ReferenceNumber">X12 data element reference number (AK402), when known.</param>
/// <param name="Code">The AK403 error code.</param>
/// <param name="BadValue">Copy of the offending value (AK404), if there was one.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record X12ElementError(int Position, int? ComponentPosition, int? ReferenceNumber, ElementSyntaxError Code, string? BadValue, string Message);
