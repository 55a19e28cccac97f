using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Security;

/// <summary>
/// Counts failed authentications (a missing, unknown or revoked key) per client address in fixed windows; once an
/// address has failed <see cref="RateLimitingOptions.FailedAuthenticationsPerWindow"/> times in a window, its further
/// requests that need a key are refused before the key is even looked up, until the window ends.
/// </summary>
/// <remarks>
/// <para>
/// The per-key limiter cannot do this: every wrong key is a partition of its own, so a client guessing keys never
/// exhausts one. Refusing before the lookup (rather than letting valid keys from a blocked address through) is what
/// makes the limit bite: otherwise the 401/200 difference would still answer every guess. Other addresses, and their
/// valid keys, are unaffected.
/// </para>
/// <para>
/// Windows run on the injected <see cref="TimeProvider"/> (tests drive them); expired windows are dropped once many
/// addresses are tracked, so a flood from many addresses costs memory only for the length of one window.
/// </para>
/// </remarks>
public sealed class FailedAuthenticationLimiter(IOptions<RateLimitingOptions> options, TimeProvider time)
{
    /// <summary>Tracked addresses above which expired windows are swept on the next failure.</summary>
    public const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, FailureWindow> _windows = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromSeconds(options.Value.WindowSeconds);

    /// <summary>How long <paramref name="address"/> must wait before trying a key again; null when it may try now.</summary>
    public TimeSpan? RetryAfter(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!_windows.TryGetValue(address, out var window))
        {
            return null;
        }

        var remaining = window.Start + Window - time.GetUtcNow();
        return window.Failures >= options.Value.FailedAuthenticationsPerWindow && remaining > TimeSpan.Zero ? remaining : null;
    }

    /// <summary>Counts one failed authentication from <paramref name="address"/>.</summary>
    public void RecordFailure(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var now = time.GetUtcNow();
        _windows.AddOrUpdate(
            address,
            _ => new FailureWindow(now, 1),
            (_, window) => now >= window.Start + Window ? new FailureWindow(now, 1) : window with { Failures = window.Failures + 1 });
        if (_windows.Count > SweepThreshold)
        {
            Sweep(now);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (address, window) in _windows)
        {
            if (now >= window.Start + Window)
            {
                _windows.TryRemove(new KeyValuePair<string, FailureWindow>(address, window));
            }
        }
    }

    private sealed record FailureWindow(DateTimeOffset Start, int Failures);
}
