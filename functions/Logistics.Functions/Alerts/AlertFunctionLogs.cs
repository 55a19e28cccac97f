namespace Logistics.Functions.Alerts;

/// <summary>Log messages of the alert functions.</summary>
internal static partial class AlertFunctionLogs
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Stock alerts of owner {OwnerId}: {Raised} raised, {Cleared} cleared by the timer's pass.")]
    public static partial void Evaluated(ILogger logger, string ownerId, int raised, int cleared);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Error, Message = "The stock alerts of owner {OwnerId} could not be evaluated this pass; the next pass tries again.")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception, string ownerId);
}
