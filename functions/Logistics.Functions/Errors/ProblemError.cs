namespace Logistics.Functions.Errors;

/// <summary>One entry of a 400 problem's <c>errors</c>: where the fault is and what it is.</summary>
/// <param name="Pointer">RFC 6901 pointer into the JSON body (<c>""</c> for the whole body), or <c>/name</c> for a query parameter or header.</param>
/// <param name="Detail">What is wrong there.</param>
public sealed record ProblemError(string Pointer, string Detail);
