namespace Logistics.Application.Common;

/// <summary>The resource does not exist for this caller (absent and not-yours are deliberately the same).</summary>
public sealed class ResourceNotFoundException : Exception
{
    public ResourceNotFoundException(string message)
        : base(message)
    {
    }

    public ResourceNotFoundException()
    {
    }

    public ResourceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
