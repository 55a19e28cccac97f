namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>Polls for a side effect that has no signal to await (such as a dead letter written by the queue).</summary>
public static class Eventually
{
    /// <summary>Returns once <paramref name="condition"/> holds; fails after 30 s.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }
}
