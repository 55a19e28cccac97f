using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>Keeps the app's error logs (an unhandled exception behind a 500) so a failing case can show what was thrown.</summary>
internal sealed class ErrorLog : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>Takes the errors logged since the last call.</summary>
    public IReadOnlyList<string> Drain()
    {
        var drained = new List<string>();
        while (_entries.TryDequeue(out var entry))
        {
            drained.Add(entry);
        }

        return drained;
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (IsEnabled(logLevel))
        {
            var frame = exception?.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
            _entries.Enqueue($"{formatter(state, exception)}{(exception is null ? string.Empty : $" — {exception.GetType().Name}: {exception.Message} {frame}")}");
        }
    }

    public void Dispose()
    {
    }
}
