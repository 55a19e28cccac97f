using System.Net;
using Logistics.Application.Warehouse;
using Logistics.Functions.Inbound;
using Logistics.Functions.Items;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Security;
using DurableTask.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// The app's own notice intake, called in process: the <c>PostNotice</c> function with its whole HTTP handling (key,
/// limits, body, problem details) on a request object instead of a socket, against the app's services on a fresh SQLite
/// file. The app is built but not started: no server, no orchestration worker, no timers, so nothing but the case
/// itself writes while it runs.
/// </summary>
/// <remarks>
/// The store's fingerprint is what a rejected notice must leave alone — the warehouse container, the outbox (queue
/// messages) and the orchestration instances with their messages — read straight from the SQLite file in a few indexed
/// queries: each table's row count with its highest change sequence catches every insert, update and delete the intake
/// can make (documents carry the store's global change number; the task hub's instances and messages only grow from
/// the client side, since no worker runs). Listing the store through its ports instead, as the HTTP fuzz test does,
/// would cost time in proportion to all the notices the run has accepted so far. The partner's X12 control-number
/// counter (container <c>partners</c>) is left out on purpose: every answer, a rejection too, reserves a number there.
/// </remarks>
internal sealed class InProcessIntake : IAsyncDisposable
{
    private const string FingerprintSql = """
        SELECT (SELECT count(*) FROM documents WHERE container = $warehouse),
               (SELECT max(seq) FROM documents WHERE container = $warehouse),
               (SELECT count(*) FROM queue_messages), (SELECT max(seq) FROM queue_messages),
               (SELECT count(*) FROM dt_instances),
               (SELECT count(*) FROM dt_messages), (SELECT max(seq) FROM dt_messages)
        """;

    private readonly WebApplication _app;
    private readonly SqliteConnection _probe;
    private readonly string _folder;
    private readonly string _key;
    private readonly NoticeFunctions _notices;
    private readonly DurableTaskClient _durable;

    private InProcessIntake(WebApplication app, SqliteConnection probe, string folder, string key, ErrorLog errors)
    {
        _app = app;
        _probe = probe;
        _folder = folder;
        _key = key;
        Errors = errors;
        _notices = ActivatorUtilities.CreateInstance<NoticeFunctions>(app.Services);
        _durable = app.Services.GetRequiredService<DurableTaskClient>();
    }

    /// <summary>Error logs of the app, for a case answered with a 500.</summary>
    public ErrorLog Errors { get; }

    /// <summary>Builds the app on a temp folder, creates publisher <see cref="NoticeSamples.PublisherId"/> and its items.</summary>
    public static async Task<InProcessIntake> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("logistics-fuzz-").FullName;
        var database = Path.Combine(folder, "logistics.db");
        var errors = new ErrorLog();
        var app = LocalRuntimeHost.Build(
            [
                "--environment=Production",
                $"--Storage:Documents:DatabasePath={database}",
                $"--Storage:Blobs:RootPath={Path.Combine(folder, "blobs")}",
                "--Storage:Documents:Synchronous=Normal",
                "--RateLimiting:PermitsPerWindow=1000000",
            ],
            builder =>
            {
                builder.Services.AddSingleton<TimeProvider>(new FrozenClock(NoticeSamples.Today));
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(errors);
            });
        var access = app.Services.GetRequiredService<AccessStore>();
        await access.EnsureContainersAsync(CancellationToken.None);
        await app.Services.GetRequiredService<IOrchestrationService>().CreateIfNotExistsAsync();
        var key = (await access.CreatePublisherAsync(NoticeSamples.PublisherId, "Acme", null, CancellationToken.None))!.Key;
        var probe = new SqliteConnection($"Data Source={database}");
        probe.Open();
        var intake = new InProcessIntake(app, probe, folder, key, errors);
        var items = ActivatorUtilities.CreateInstance<ItemFunctions>(app.Services);
        foreach (var (sku, json) in NoticeSamples.Items)
        {
            var put = await intake.InvokeAsync(HttpMethods.Put, $"/api/items/{sku}", "application/json", System.Text.Encoding.UTF8.GetBytes(json), r => items.PutAsync(r, sku));
            if (put.Status is not (200 or 201))
            {
                throw new InvalidOperationException($"PUT /api/items/{sku}: {put.Status} {put.Body}");
            }
        }

        return intake;
    }

    /// <summary>Posts <paramref name="fuzzCase"/> to the notice intake; also says whether the store changed meanwhile.</summary>
    public async Task<(FuzzResponse Response, bool StoreChanged)> PostAsync(FuzzCase fuzzCase)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        var before = Fingerprint();
        var response = await InvokeAsync(HttpMethods.Post, "/api/notices", fuzzCase.ContentType, fuzzCase.Body, r => _notices.PostAsync(r, _durable));
        return (response, Fingerprint() != before);
    }

    public async ValueTask DisposeAsync()
    {
        await _probe.DisposeAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a lingering reader; the temp folder is cleaned by the system.
        }
    }

    private async Task<FuzzResponse> InvokeAsync(string method, string path, string contentType, byte[] body, Func<HttpRequest, Task<IResult>> function)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        var request = context.Request;
        request.Method = method;
        request.Scheme = "http";
        request.Host = new HostString("localhost", LocalRuntimeHost.DefaultPort);
        request.Path = path;
        request.ContentType = contentType;
        request.ContentLength = body.Length;
        request.Body = new MemoryStream(body, writable: false);
        request.Headers[ApiKeyDefaults.HeaderName] = _key;
        using var responseBody = new MemoryStream();
        context.Response.Body = responseBody;

        var result = await function(request);
        await result.ExecuteAsync(context);
        var mediaType = context.Response.ContentType?.Split(';')[0].Trim();
        return new FuzzResponse(context.Response.StatusCode, mediaType, System.Text.Encoding.UTF8.GetString(responseBody.ToArray()));
    }

    private string Fingerprint()
    {
        using var command = _probe.CreateCommand();
        command.CommandText = FingerprintSql;
        command.Parameters.AddWithValue("$warehouse", WarehouseStore.ContainerName);
        using var reader = command.ExecuteReader();
        reader.Read();
        return string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "-" : reader.GetInt64(i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
