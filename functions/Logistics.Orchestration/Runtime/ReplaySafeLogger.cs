using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration.Runtime;

/// <summary>Forwards to a logger only when the orchestrator is not replaying, so each line is written once.</summary>
internal sealed class ReplaySafeLogger(ILogger inner, Func<bool> isReplaying) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => !isReplaying() && inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!isReplaying())
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
