namespace Logistics.Application.Common;

/// <summary>One input fault, located by JSON pointer (empty for the whole document).</summary>
public sealed record FieldError(string Pointer, string Message);
