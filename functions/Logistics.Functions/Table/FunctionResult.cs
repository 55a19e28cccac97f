namespace Logistics.Functions.Table;

/// <summary>What a non-HTTP handler produced: output messages per binding, log lines and an optional return value.</summary>
public sealed class FunctionResult
{
    private readonly Dictionary<string, List<string>> _outputs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _logs = [];

    /// <summary>Message bodies per output binding name.</summary>
    public IReadOnlyDictionary<string, List<string>> Outputs => _outputs;

    /// <summary>Lines the Functions host copies into its own log (custom-handler <c>Logs</c>).</summary>
    public IReadOnlyList<string> Logs => _logs;

    /// <summary>The custom-handler <c>ReturnValue</c>, when the function has one.</summary>
    public object? ReturnValue { get; set; }

    /// <summary>A result with nothing to send.</summary>
    public static FunctionResult Empty() => new();

    /// <summary>Adds one message body to an output binding.</summary>
    public FunctionResult Send(string outputName, string body)
    {
        if (!_outputs.TryGetValue(outputName, out var bodies))
        {
            bodies = [];
            _outputs[outputName] = bodies;
        }

        bodies.Add(body);
        return this;
    }

    /// <summary>Adds a log line.</summary>
    public FunctionResult Log(string line)
    {
        _logs.Add(line);
        return this;
    }
}
