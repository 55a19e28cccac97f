using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Logistics.Functions.Http;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Security;

/// <summary>
/// Function × role × tenant over HTTP, for every HTTP function the app declares (read from the same catalog the
/// local runtime serves, so a new function cannot escape the matrix): 401 without a valid key, 403 for the wrong role,
/// 404 for another publisher's resource, and no other publisher's data in any answer (invariant 5).
/// </summary>
public sealed partial class AccessMatrixTests(AccessMatrixTests.Host host) : IClassFixture<AccessMatrixTests.Host>
{
    private static readonly FunctionCatalog Catalog = FunctionCatalog.From(typeof(LocalRuntimeHost).Assembly);

    /// <summary>Who may call each HTTP function; a function the app adds must be added here.</summary>
    private static readonly Dictionary<string, Access> Declared = new(StringComparer.Ordinal)
    {
        ["Health"] = Access.Anonymous,
        ["OpenApi"] = Access.Anonymous,
        ["GetMyPublisher"] = Access.Publisher,
        ["CreateMyKey"] = Access.Publisher,
        ["RevokeMyKey"] = Access.Publisher,
        ["PutItem"] = Access.Publisher,
        ["ListItems"] = Access.Publisher,
        ["GetItem"] = Access.Publisher,
        ["GetInventory"] = Access.Publisher,
        ["GetStockLedger"] = Access.Publisher,
        ["PostNotice"] = Access.Publisher,
        ["ListNotices"] = Access.Publisher,
        ["GetNotice"] = Access.Publisher,
        ["GetNoticeStatus"] = Access.Publisher,
        ["GetReceiptAdvice"] = Access.Publisher,
        ["DecidePendingGoods"] = Access.Publisher,
        ["CreatePublisher"] = Access.Ops,
        ["ListPublishers"] = Access.Ops,
        ["GetPublisher"] = Access.Ops,
        ["CreatePublisherKey"] = Access.Ops,
        ["CreateRoleKey"] = Access.Ops,
        ["RecordDockArrival"] = Access.Staff,
        ["RecordScan"] = Access.Staff,
        ["CloseReceipt"] = Access.Staff,
        ["ListPutawayTasks"] = Access.Staff,
        ["ConfirmPutaway"] = Access.Staff,
        ["SimulateFloor"] = Access.Ops,
        ["PostOrder"] = Access.Publisher,
        ["ListOrders"] = Access.Publisher,
        ["GetOrder"] = Access.Publisher,
        ["GetOrderStatus"] = Access.Publisher,
        ["GetShippingAdvices"] = Access.Publisher,
        ["ListPickTasks"] = Access.Staff,
        ["GetOrderForFloor"] = Access.Staff,
        ["RecordPick"] = Access.Staff,
        ["PackCartons"] = Access.Staff,
        ["HandOverToCarrier"] = Access.Staff,
        ["RecordTrackingEvent"] = Access.Carrier,
        ["SimulateOrder"] = Access.Ops,
        ["DurableGetInstance"] = Access.Ops,
        ["DurableListInstances"] = Access.Ops,
        ["DurableRaiseEvent"] = Access.Ops,
        ["DurableTerminate"] = Access.Ops,
        ["DurableSuspend"] = Access.Ops,
        ["DurableResume"] = Access.Ops,
        ["DurableRewind"] = Access.Ops,
        ["DurablePurgeInstance"] = Access.Ops,
        ["DurablePurgeInstances"] = Access.Ops,
        ["DashboardAssets"] = Access.Anonymous,
        ["DashboardMeta"] = Access.Ops,
        ["DashboardInstanceStats"] = Access.Ops,
        ["DashboardTimeline"] = Access.Ops,
        ["DashboardWork"] = Access.Ops,
        ["DashboardPendingStock"] = Access.Ops,
        ["ListEventDeadLetters"] = Access.Ops,
        ["RedriveEventDeadLetters"] = Access.Ops,
        ["ListActivity"] = Access.Publisher,
        ["PostReport"] = Access.Publisher,
        ["GetReportRun"] = Access.Publisher,
        ["ListReports"] = Access.Publisher,
        ["GetReportFile"] = Access.Publisher,
        ["GetReportSettings"] = Access.Publisher,
        ["PutReportSettings"] = Access.Publisher,
        ["ListChargeLines"] = Access.Ops,
        ["GetStatement"] = Access.Ops,
        ["CloseStatement"] = Access.Ops,
        ["PutRateCard"] = Access.Ops,
        ["ListRateCards"] = Access.Ops,
        ["RerateChargeLines"] = Access.Ops,
        ["ListAuditEntries"] = Access.Ops,
        ["ListAlerts"] = Access.Publisher,
        ["ListOwnerAlerts"] = Access.Ops,
        ["GetAlertSettings"] = Access.Publisher,
        ["PutAlertSettings"] = Access.Publisher,
        ["PostWorkOrder"] = Access.Publisher,
        ["ListWorkOrders"] = Access.Publisher,
        ["GetWorkOrder"] = Access.Publisher,
        ["CancelWorkOrder"] = Access.Publisher,
        ["ListOpenWorkOrders"] = Access.Staff,
        ["GetWorkOrderForFloor"] = Access.Staff,
        ["RecordWorkOrderPick"] = Access.Staff,
        ["CompleteWorkOrder"] = Access.Staff,
        ["CancelWorkOrderAsOps"] = Access.Ops,
        ["CreateMoveTask"] = Access.Ops,
        ["ListMoveTasks"] = Access.Staff,
        ["ConfirmMove"] = Access.Staff,
        ["CreateCount"] = Access.Ops,
        ["GetCount"] = Access.Ops,
        ["PostCount"] = Access.Ops,
        ["ListCountTasks"] = Access.Staff,
        ["RecordCount"] = Access.Staff,
        ["ChangeStockStatus"] = Access.Ops,
        ["GetInventoryAdjustment"] = Access.Publisher,
        ["PostReturn"] = Access.Publisher,
        ["ListReturns"] = Access.Publisher,
        ["GetReturn"] = Access.Publisher,
        ["GetReturnStatus"] = Access.Publisher,
        ["GetReturnAdvice"] = Access.Publisher,
        ["DecideReturnPart"] = Access.Publisher,
        ["ListReturnWork"] = Access.Staff,
        ["RecordReturnArrival"] = Access.Staff,
        ["RecordReturnScan"] = Access.Staff,
        ["CloseReturnReceipt"] = Access.Staff,
        ["DisposeReturnPart"] = Access.Staff,
        ["HandOverReturnToSupplier"] = Access.Staff,
    };

    public enum Caller
    {
        None,
        Invalid,
        PublisherA,
        Ops,
        Floor,
        Carrier,
    }

    public static TheoryData<string, Caller> Matrix()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var function in HttpFunctions())
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(function.Name, caller);
            }
        }

        return data;
    }

    public static TheoryData<string> ResourceFunctionsOfPublishers()
    {
        var data = new TheoryData<string>();
        foreach (var function in HttpFunctions().Where(f => Declared.GetValueOrDefault(f.Name) == Access.Publisher && RouteParameters(f).Count > 0 && f.Name != "PutItem"))
        {
            data.Add(function.Name);
        }

        return data;
    }

    public static TheoryData<string> ReadFunctionsOfPublishers()
    {
        var data = new TheoryData<string>();
        foreach (var function in HttpFunctions().Where(f => Declared.GetValueOrDefault(f.Name) == Access.Publisher && RouteParameters(f).Count == 0 && Methods(f).SequenceEqual(["GET"])))
        {
            data.Add(function.Name);
        }

        return data;
    }

    [Fact]
    public void Every_http_function_has_a_declared_access()
    {
        Assert.Equal(Declared.Keys.Order(StringComparer.Ordinal), HttpFunctions().Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.True(Matrix().Count >= Declared.Count * Enum.GetValues<Caller>().Length);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_function_answers_each_caller_by_its_declared_access(string name, Caller caller)
    {
        var function = HttpFunctions().Single(f => f.Name == name);
        Assert.True(Declared.TryGetValue(name, out var access), $"{name} has no declared access; add it to the matrix.");
        var keys = host.Keys;
        var key = caller switch
        {
            Caller.Invalid => "lgk_not-a-real-key-but-long-enough-to-look-real",
            Caller.PublisherA => keys.PublisherA,
            Caller.Ops => keys.Ops,
            Caller.Floor => keys.Floor,
            Caller.Carrier => host.CarrierKey,
            _ => null,
        };
        var method = Methods(function)[0];
        var path = Path(function, Nowhere);

        using var response = await host.App.Client.SendAsync(new HttpMethod(method), path, key, method is "POST" or "PUT" ? "{}" : null);

        var status = (int)response.StatusCode;
        var allowed = access switch
        {
            Access.Anonymous => true,
            Access.Publisher => caller == Caller.PublisherA,
            Access.Ops => caller == Caller.Ops,
            Access.Staff => caller is Caller.Ops or Caller.Floor,
            Access.Carrier => caller is Caller.Ops or Caller.Carrier,
            _ => false,
        };
        if (allowed)
        {
            Assert.True(status is not (401 or 403) && status < 500, $"{method} {path} as {caller}: {status} {await response.Content.ReadAsStringAsync()}");
            return;
        }

        var expected = caller is Caller.None or Caller.Invalid ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
        Assert.True(response.StatusCode == expected, $"{method} {path} as {caller}: expected {(int)expected}, got {status}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(expected == HttpStatusCode.Unauthorized ? "urn:logistics:problem:unauthorized" : "urn:logistics:problem:forbidden", problem.GetProperty("type").GetString());
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [MemberData(nameof(ResourceFunctionsOfPublishers))]
    public async Task Another_publishers_resource_answers_404_and_leaks_nothing(string name)
    {
        var function = HttpFunctions().Single(f => f.Name == name);
        var method = Methods(function)[0];
        var path = Path(function, host.ResourcesOfA);
        var before = await host.FingerprintOfAAsync();

        using var response = await host.App.Client.SendAsync(new HttpMethod(method), path, host.Keys.PublisherB, method is "POST" or "PUT" ? BodyFor(name) : null);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {path} as globex: {(int)response.StatusCode} {text}");
        Assert.Equal("urn:logistics:problem:not-found", (await response.JsonAsync()).GetProperty("type").GetString());
        Assert.DoesNotContain(Host.DescriptionOfA, text, StringComparison.Ordinal);
        Assert.Equal(before, await host.FingerprintOfAAsync());
    }

    [Theory]
    [MemberData(nameof(ReadFunctionsOfPublishers))]
    public async Task A_publishers_reads_show_its_own_data_and_nothing_of_another_publisher(string name)
    {
        var path = Path(HttpFunctions().Single(f => f.Name == name), Nowhere);

        var own = await (await host.App.Client.SendAsync(HttpMethod.Get, path, host.Keys.PublisherA)).Content.ReadAsStringAsync();
        using var response = await host.App.Client.SendAsync(HttpMethod.Get, path, host.Keys.PublisherB);
        var other = await response.Content.ReadAsStringAsync();

        Assert.True(own.Contains(TestKeys.PublisherAId, StringComparison.Ordinal) || own.Contains(Host.ItemOfA, StringComparison.Ordinal), $"{path} as acme shows none of acme's data: {own}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(TestKeys.PublisherAId, other, StringComparison.Ordinal);
        Assert.DoesNotContain(Host.ItemOfA, other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Putting_another_publishers_SKU_creates_the_callers_own_item_and_leaves_the_other_untouched()
    {
        using var put = await host.App.Client.SendAsync(HttpMethod.Put, $"/api/items/{Host.SharedSku}", host.Keys.PublisherB, """{"description":"Globex's own"}""");
        var a = await (await host.App.Client.SendAsync(HttpMethod.Get, $"/api/items/{Host.SharedSku}", host.Keys.PublisherA)).JsonAsync();
        var b = await (await host.App.Client.SendAsync(HttpMethod.Get, $"/api/items/{Host.SharedSku}", host.Keys.PublisherB)).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("Acme's own", a.GetProperty("description").GetString());
        Assert.Equal("Globex's own", b.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_401_names_the_header_to_send()
    {
        using var response = await host.App.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("urn:logistics:problem:unauthorized", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_publisher_sees_only_its_own_account_and_never_a_key_hash()
    {
        var keys = host.Keys;

        var a = await (await host.App.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherA)).JsonAsync();
        var b = await (await host.App.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherB)).JsonAsync();

        Assert.Equal(TestKeys.PublisherAId, a.GetProperty("id").GetString());
        Assert.Equal(TestKeys.PublisherBId, b.GetProperty("id").GetString());
        Assert.DoesNotContain(keys.PublisherBKeyId, a.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(keys.PublisherAKeyId, b.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("keyHash", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_cannot_revoke_another_publishers_key_which_keeps_working()
    {
        var keys = host.Keys;

        using var revoke = await host.App.Client.SendAsync(HttpMethod.Delete, $"/api/publishers/me/keys/{keys.PublisherBKeyId}", keys.PublisherA);
        using var stillWorks = await host.App.Client.SendAsync(HttpMethod.Get, "/api/publishers/me", keys.PublisherB);

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task A_publishers_202_hands_out_only_links_the_publisher_may_follow_while_ops_keep_the_management_api()
    {
        var keys = host.Keys;
        using var posted = await host.App.Client.SendAsync(HttpMethod.Post, "/api/notices", keys.PublisherA,
            $$"""{"noticeNumber":"M-LINKS","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"{{Host.ItemOfA}}","quantity":1,"unit":"EA"}]}""");
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var accepted = await posted.JsonAsync();

        var links = accepted.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.StartsWith("http", StringComparison.Ordinal)).ToList();
        Assert.Equal(["noticeUri", "statusQueryGetUri"], links.Select(l => l.Name).Order(StringComparer.Ordinal));
        foreach (var link in links)
        {
            using var followed = await host.App.Client.SendAsync(HttpMethod.Get, link.Value.GetString()!, keys.PublisherA);
            Assert.True(followed.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{link.Name} as acme: {(int)followed.StatusCode}");
            using var foreign = await host.App.Client.SendAsync(HttpMethod.Get, link.Value.GetString()!, keys.PublisherB);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        var status = await (await host.App.Client.SendAsync(HttpMethod.Get, accepted.GetProperty("statusQueryGetUri").GetString()!, keys.PublisherA)).JsonAsync();
        Assert.Equal(accepted.GetProperty("id").GetString(), status.GetProperty("instanceId").GetString());
        foreach (var internals in new[] { "input", "output", "name", "historyEvents" })
        {
            Assert.False(status.TryGetProperty(internals, out _), $"the publisher's status shows '{internals}': {status}");
        }

        using var ops = await host.App.Client.SendAsync(HttpMethod.Get, $"/api/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(accepted.GetProperty("id").GetString()!)}", keys.Ops);
        Assert.True(ops.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"ops: {(int)ops.StatusCode}");
        Assert.True((await ops.JsonAsync()).TryGetProperty("input", out _));
    }

    private static readonly Dictionary<string, string> Nowhere = new(StringComparer.Ordinal)
    {
        ["noticeId"] = "acme~MATRIX-NONE",
        ["sku"] = "MATRIX-NONE",
        ["keyId"] = "key-000000000000",
        ["publisherId"] = "nobody",
        ["instanceId"] = "matrix-nobody",
        ["eventName"] = "Approval",
        ["taskNumber"] = "1",
        ["orderId"] = "acme~MATRIX-NONE",
        ["carrier"] = "DHLX",
        ["trackingNumber"] = "MATRIX-NONE",
        ["path"] = "index.html",
        ["runId"] = "matrix-none",
        ["kind"] = "current-stock",
        ["file"] = "2026-11-21.csv",
        ["owner"] = "nobody",
        ["effectiveFrom"] = "2026-11-01",
        ["period"] = "2026-10",
        ["jobId"] = "acme~MATRIX-NONE",
        ["moveId"] = "acme~MATRIX-NONE",
        ["countId"] = "acme~MATRIX-NONE",
        ["returnId"] = "acme~MATRIX-NONE",
    };

    private static IEnumerable<FunctionMethod> HttpFunctions() => Catalog.Functions.Where(f => f.Http is not null);

    private static string[] Methods(FunctionMethod function) => [.. (function.Http!.Methods ?? ["GET"]).Select(m => m.ToUpperInvariant())];

    private static List<string> RouteParameters(FunctionMethod function) =>
        [.. RouteParameter().Matches(function.Http!.Route ?? string.Empty).Select(m => m.Groups[1].Value)];

    /// <summary>The function's route under <c>/api</c> with each parameter filled in from <paramref name="values"/>.</summary>
    private static string Path(FunctionMethod function, IReadOnlyDictionary<string, string> values) =>
        "/api/" + RouteParameter().Replace(function.Http!.Route ?? function.Name, m =>
            values.TryGetValue(m.Groups[1].Value, out var value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException($"{function.Name}: no sample value for route parameter '{m.Groups[1].Value}'; add one to the matrix."));

    private static string BodyFor(string function) => function switch
    {
        "DecidePendingGoods" => """{"pendingId":"L1-over","decision":"accept"}""",
        "DecideReturnPart" => """{"partId":"P1","decision":"restock"}""",
        _ => "{}",
    };

    [GeneratedRegex(@"\{\*?([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();

    /// <summary>One app for the matrix: two publishers, staff keys, and publisher A's item and notice.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public const string ItemOfA = "MATRIX-A";
        public const string DescriptionOfA = "Acme matrix item";
        public const string SharedSku = "MATRIX-SHARED";
        public const string NoticeOfA = "acme~M-1";
        public const string OrderOfA = "acme~MO-1";
        public const string ReturnOfA = "acme~MR-1";

        private TestApp? _app;
        private TestKeys? _keys;

        public TestApp App => _app ?? throw new InvalidOperationException("Not started.");

        public TestKeys Keys => _keys ?? throw new InvalidOperationException("Not started.");

        /// <summary>Route values naming publisher A's resources.</summary>
        public IReadOnlyDictionary<string, string> ResourcesOfA => new Dictionary<string, string>(Nowhere, StringComparer.Ordinal)
        {
            ["noticeId"] = NoticeOfA,
            ["sku"] = ItemOfA,
            ["keyId"] = Keys.PublisherAKeyId,
            ["orderId"] = OrderOfA,
            ["runId"] = ReportRunOfA,
            ["returnId"] = ReturnOfA,
        };

        /// <summary>Publisher A's report run: the current-stock list of 2026-11-21, which <c>Nowhere</c>'s kind and file name.</summary>
        public string ReportRunOfA { get; private set; } = string.Empty;

        /// <summary>A carrier's key (SCAC DHLX).</summary>
        public string CarrierKey { get; private set; } = string.Empty;

        public async Task InitializeAsync()
        {
            // Every call comes from loopback: the matrix's hundreds of missing and wrong keys must not trip the failed-authentication limit.
            _app = await TestApp.StartAsync(new ManualTimeProvider(), new Dictionary<string, string?> { ["RateLimiting:FailedAuthenticationsPerWindow"] = "100000" });
            _keys = await TestKeys.CreateAsync(_app);
            await SendOkAsync(HttpMethod.Put, $"/api/items/{ItemOfA}", $$"""{"description":"{{DescriptionOfA}}"}""");
            await SendOkAsync(HttpMethod.Put, $"/api/items/{SharedSku}", """{"description":"Acme's own"}""");
            await SendOkAsync(HttpMethod.Post, "/api/notices",
                $$"""{"noticeNumber":"M-1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"{{ItemOfA}}","quantity":3,"unit":"EA"}]}""");
            await SendOkAsync(HttpMethod.Post, "/api/orders",
                $$"""{"orderNumber":"MO-1","shipTo":{"name":"Acme customer","addressLines":["Road 1"],"city":"Berlin","postalCode":"10115","country":"DE"},"lines":[{"lineNumber":1,"sku":"{{ItemOfA}}","quantity":1,"unit":"EA"}]}""");
            await SendOkAsync(HttpMethod.Post, "/api/returns",
                $$"""{"returnNumber":"MR-1","lines":[{"lineNumber":1,"sku":"{{ItemOfA}}","quantity":1,"unit":"EA","reason":"unsold"}]}""");
            CarrierKey = (await App.Services.GetRequiredService<Logistics.Functions.Security.AccessStore>()
                .CreateRoleKeyAsync(Logistics.Functions.Security.Roles.Carrier, null, CancellationToken.None, "DHLX")).Key;

            // A's report settings and one finished report run, with its files in blob storage.
            await SendOkAsync(HttpMethod.Put, "/api/reports/settings", """{"schedules":[],"x12Id":"acme"}""");
            using (var report = await App.Client.SendAsync(HttpMethod.Post, "/api/reports", Keys.PublisherA, """{"kind":"current-stock","date":"2026-11-21"}"""))
            {
                ReportRunOfA = (await report.JsonAsync()).GetProperty("runId").GetString()!;
            }

            await Eventually.TrueAsync(
                async () => (await App.Client.SendAsync(HttpMethod.Get, $"/api/reports/runs/{ReportRunOfA}", Keys.PublisherA)).StatusCode == HttpStatusCode.OK,
                "publisher A's report run to finish");

            // A's own threshold for its item, far above its stock: the settings' evaluation raises A's low-stock alert.
            await SendOkAsync(HttpMethod.Put, "/api/alerts/settings", $$"""{"lowStockThreshold":0,"expiryWindowDays":30,"skuThresholds":[{"sku":"{{ItemOfA}}","threshold":1000}]}""");

            // The reporting consumer counts A's events into its daily activity, as its timer would.
            await App.Services.GetRequiredService<Logistics.Application.Events.EventConsumer>().DrainAsync(
                App.Services.GetRequiredService<Logistics.Application.Reports.Activity.DailyActivityProjection>(), TimeSpan.Zero, CancellationToken.None);
        }

        /// <summary>What publisher A sees of its account, item, notice and stock: unchanged when another caller's attempt changed nothing.</summary>
        public async Task<string> FingerprintOfAAsync()
        {
            var parts = new List<string>();
            foreach (var path in new[] { "/api/publishers/me", $"/api/items/{ItemOfA}", "/api/inventory" })
            {
                parts.Add(await (await App.Client.SendAsync(HttpMethod.Get, path, Keys.PublisherA)).Content.ReadAsStringAsync());
            }

            var notice = await (await App.Client.SendAsync(HttpMethod.Get, $"/api/notices/{NoticeOfA}", Keys.PublisherA)).JsonAsync();
            parts.Add($"{notice.GetProperty("status")} {notice.GetProperty("lines")} {notice.GetProperty("pending")} {notice.GetProperty("scanCount")}");
            var order = await (await App.Client.SendAsync(HttpMethod.Get, $"/api/orders/{OrderOfA}", Keys.PublisherA)).JsonAsync();
            parts.Add($"{order.GetProperty("stage")} {order.GetProperty("revision")} {order.GetProperty("lines")}");
            return string.Join('\n', parts);
        }

        public async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }

        private async Task SendOkAsync(HttpMethod method, string path, string json)
        {
            using var response = await App.Client.SendAsync(method, path, Keys.PublisherA, json);
            Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
