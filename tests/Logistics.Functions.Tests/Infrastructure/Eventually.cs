namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Polls for a side effect that has no signal to await (such as a dead letter written by the queue).</summary>
public static class Eventually
{
    /// <summary>Returns once <paramref name="condition"/> holds; fails after <paramref name="timeout"/> (default 30 s).</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
