using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.LocalRuntime;

/// <summary>What one local invocation binds from: its service scope, cancellation and trigger data.</summary>
/// <param name="Services">The invocation's scoped services (function classes are created from them).</param>
/// <param name="Cancellation">Cancelled when the request is aborted or the runtime stops.</param>
/// <param name="HttpContext">The request, for HTTP functions.</param>
/// <param name="Timer">The schedule status, for timer functions.</param>
public sealed record InvocationContext(IServiceProvider Services, CancellationToken Cancellation, HttpContext? HttpContext = null, TimerInfo? Timer = null);
