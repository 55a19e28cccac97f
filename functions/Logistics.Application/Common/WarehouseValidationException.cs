namespace Logistics.Application.Common;

/// <summary>Input broke a rule; nothing was changed. Each error names the offending member by JSON pointer.</summary>
public sealed class WarehouseValidationException : Exception
{
    public WarehouseValidationException(IReadOnlyList<FieldError> errors)
        : base(string.Join(" ", (errors ?? []).Select(e => e.Message)))
    {
        Errors = errors ?? [];
    }

    public WarehouseValidationException(string pointer, string message)
        : this([new FieldError(pointer, message)])
    {
    }

    public WarehouseValidationException()
        : this([])
    {
    }

    public WarehouseValidationException(string message)
        : this(string.Empty, message)
    {
    }

    public WarehouseValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new FieldError(string.Empty, message)];
    }

    /// <summary>The individual faults.</summary>
    public IReadOnlyList<FieldError> Errors { get; }
}
