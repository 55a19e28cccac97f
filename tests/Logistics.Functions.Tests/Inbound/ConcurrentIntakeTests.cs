using System.Net;
using Logistics.Application.Inbound;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>
/// Ordinary concurrency at intake, over real HTTP: many notices for one item at once. Each notice's pending-in is its
/// own balance, so they do not contend for one document; every post answers 2xx and gets its orchestration.
/// </summary>
public sealed class ConcurrentIntakeTests
{
    private const int Notices = 200;

    [Fact]
    public async Task Two_hundred_notices_for_one_item_posted_at_once_are_all_accepted_with_their_orchestrations()
    {
        await using var host = await InboundHost.StartAsync();
        var expected = host.Time.GetUtcNow().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var answers = await Task.WhenAll(Enumerable.Range(1, Notices).Select(async i =>
        {
            using var response = await host.Client.SendAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
                $$"""{"noticeNumber":"HOT-{{i}}","type":"shipNotice","expectedDate":"{{expected}}","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":{{i}},"unit":"EA"}]}""");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Accepted, $"{(int)a.StatusCode} {a.Body}"));
        var client = host.App.Services.GetRequiredService<DurableTaskClient>();
        for (var i = 1; i <= Notices; i++)
        {
            Assert.NotNull(await client.GetInstanceAsync(NoticeIds.InstanceOf($"acme~HOT-{i}")));
        }

        await StockLedger.AssertBalancesEqualLedgerAsync(host, host.Keys.PublisherA);
        Assert.Equal(Enumerable.Range(1, Notices).Sum(), await StockLedger.PendingInAsync(host, host.Keys.PublisherA, "BOOK-002"));
    }
}
