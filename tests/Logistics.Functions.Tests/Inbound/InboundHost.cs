using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Logistics.Application.Warehouse;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Storage.Documents;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>The real host on a manual clock with two publishers' items registered, and request helpers for the inbound tests.</summary>
public sealed class InboundHost : IAsyncDisposable
{
    /// <summary>Bound on waiting for the background orchestration worker (never a wait on time behaviour).</summary>
    public static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(60);

    private InboundHost(TestApp app, ManualTimeProvider time, TestKeys keys)
    {
        App = app;
        Time = time;
        Keys = keys;
    }

    public TestApp App { get; }

    public ManualTimeProvider Time { get; }

    public TestKeys Keys { get; }

    public HttpClient Client => App.Client;

    /// <summary>
    /// Starts the host at 2026-11-21 08:00 UTC and registers the scenario's items; <paramref name="services"/> may replace
    /// services, <paramref name="settings"/> add configuration (<c>Section:Key</c>).
    /// </summary>
    public static async Task<InboundHost> StartAsync(Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null, string environment = "Testing")
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var app = await TestApp.StartAsync(time, settings, environment, services: services);
        var keys = await TestKeys.CreateAsync(app);
        var host = new InboundHost(app, time, keys);
        await host.PutItemAsync(keys.PublisherA, "BOOK-001", """{"description":"Atlas, lot-tracked","barcodes":["9780306406157"],"lotControlled":true}""");
        await host.PutItemAsync(keys.PublisherA, "BOOK-002", """{"description":"Novel","packUnit":"case","caseQuantity":10}""");
        await host.PutItemAsync(keys.PublisherA, "DVD-003", """{"description":"Film","barcodes":["4006381333931"],"handling":["magneticMedia"]}""");
        await host.PutItemAsync(keys.PublisherB, "GLX-1", """{"description":"Globex widget"}""");
        return host;
    }

    public async Task PutItemAsync(string key, string sku, string json)
    {
        using var response = await Client.SendAsync(HttpMethod.Put, $"/api/items/{sku}", key, json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts an X12 interchange as the given publisher (to the notices, or to <paramref name="path"/>).</summary>
    public async Task<HttpResponseMessage> PostX12Async(string key, string x12, string path = "/api/notices")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("X-Api-Key", key);
        request.Content = new StringContent(x12, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/edi-x12");
        return await Client.SendAsync(request);
    }

    /// <summary>Sends and asserts success, returning the JSON body.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string path, string key, string? json = null)
    {
        using var response = await Client.SendAsync(method, path, key, json ?? (method == HttpMethod.Post ? "{}" : null));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted, $"{method} {path}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Polls the notice until <paramref name="until"/> holds (the orchestration runs on a background worker).</summary>
    public async Task<JsonElement> WaitForNoticeAsync(string noticeId, Func<JsonElement, bool> until, string what)
    {
        var deadline = DateTime.UtcNow + WorkerTimeout;
        JsonElement notice;
        do
        {
            notice = await OkAsync(HttpMethod.Get, $"/api/notices/{noticeId}", Keys.PublisherA);
            if (until(notice))
            {
                return notice;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Timed out waiting for {what}; last state: {notice}");
        return notice;
    }

    /// <summary>True when the orchestration's custom status is at <paramref name="stage"/>.</summary>
    public static bool AtStage(JsonElement notice, string stage) =>
        notice.TryGetProperty("customStatus", out var status) && status.ValueKind == JsonValueKind.Object && status.GetProperty("stage").GetString() == stage;

    /// <summary>Runs one of the app's timer functions once, through the local runtime's catalog and invoker, as its schedule would.</summary>
    public async Task RunTimerAsync(string functionName)
    {
        var function = App.Get<FunctionCatalog>().Functions.Single(f => f.Name == functionName && f.Timer is not null);
        await using var scope = App.Services.CreateAsyncScope();
        await FunctionInvoker.Create(function).InvokeAsync(new InvocationContext(scope.ServiceProvider, CancellationToken.None, Timer: new TimerInfo()));
    }

    /// <summary>Ids and ETags of every warehouse document and every orchestration instance: a fingerprint of what the app stores.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        var store = App.Get<IDocumentStore>();
        var all = new List<string>();
        await store.EnsureContainerAsync(WarehouseStore.Definition);
        string? token = null;
        do
        {
            var page = await store.GetContainer(WarehouseStore.ContainerName).QueryAsync<JsonElement>(new DocumentQuery(null) { PageSize = 1000, ContinuationToken = token });
            all.AddRange(page.Items.Select(d => $"{d.PartitionKey}/{d.Id}@{d.ETag}"));
            token = page.ContinuationToken;
        }
        while (token is not null);

        await foreach (var instance in App.Get<DurableTaskClient>().GetAllInstancesAsync(new OrchestrationQuery { PageSize = 1000 }))
        {
            all.Add($"instance/{instance.InstanceId}@{instance.LastUpdatedAt:O}");
        }

        all.Sort(StringComparer.Ordinal);
        return all;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
