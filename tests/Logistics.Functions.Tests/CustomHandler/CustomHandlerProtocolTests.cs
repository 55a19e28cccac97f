using System.Net;
using System.Text;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.CustomHandler;

/// <summary>The app in custom-handler mode, called the way the Functions host calls it.</summary>
[Collection(TestFunctionsCollection.Name)]
public sealed class CustomHandlerProtocolTests : IDisposable
{
    private readonly InvocationLog _log = TestFunctions.Reset();
    private readonly FunctionHostFactory _factory = new(
        new Dictionary<string, string?> { ["FUNCTIONS_CUSTOMHANDLER_PORT"] = "45123" },
        TestFunctions.Create());

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ServiceBusInvocation_CallsTheHandler_AndAnswersOutputsInTheEnvelope()
    {
        using var client = _factory.CreateClient();
        var body = JsonSerializer.Serialize(JsonSerializer.Serialize("pallet-7"));
        var payload = "{\"Data\":{\"message\":" + body + """},"Metadata":{"DeliveryCount":"1","MessageId":"\"m-1\""}}""";

        using var response = await client.PostAsync("/TestQueue", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("PALLET-7", json.GetProperty("Outputs").GetProperty("forward").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("Logs").ValueKind);
        Assert.True(json.TryGetProperty("ReturnValue", out _));
        var invocation = Assert.Single(_log.All);
        Assert.Equal("pallet-7", invocation.Body);
        Assert.Equal("m-1", invocation.Metadata["MessageId"]);
    }

    [Fact]
    public async Task TopicInvocation_CallsTheSubscriptionHandler()
    {
        using var client = _factory.CreateClient();
        const string payload = """{"Data":{"message":"\"{\\\"event\\\":\\\"received\\\"}\""},"Metadata":{"DeliveryCount":"2"}}""";

        using var response = await client.PostAsync("/TestTopic", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var invocation = Assert.Single(_log.All);
        Assert.Equal("""{"event":"received"}""", invocation.Body);
        Assert.Equal(2, invocation.DeliveryCount);
    }

    [Fact]
    public async Task TimerInvocation_CallsTheHandler_WithTimerInfo()
    {
        using var client = _factory.CreateClient();
        const string payload = """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"TestTimer"}}}""";

        using var response = await client.PostAsync("/TestTimer", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("handled TestTimer", json.GetProperty("Logs")[0].GetString());
        Assert.False(Assert.Single(_log.All).Timer!.IsPastDue);
    }

    [Fact]
    public async Task FailingHandler_AnswersNon2xx_SoServiceBusRetries()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/TestFailing", new StringContent("""{"Data":{"message":"\"x\""},"Metadata":{}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Contains("poison", json.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("Outputs").EnumerateObject());
    }

    [Fact]
    public async Task MalformedInvocation_Answers400()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/TestQueue", new StringContent("{not json", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_log.All);
    }

    [Fact]
    public async Task HttpFunctions_AreServedOnTheirOwnRoutes_ForTheProxyingHost_AndReadinessAnswers()
    {
        using var client = _factory.CreateClient();
        using var health = await client.GetAsync("/api/health");
        using var ready = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("azure-functions", (await health.JsonAsync()).GetProperty("runtime").GetString());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task HttpFunctions_AreNotInvocationEndpoints()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/Health", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ChangeFeedInvocation_RelaysExactlyTheOutboxBodies_OnTheirOutputBindings(bool documentsAsString)
    {
        using var client = _factory.CreateClient();
        const string documents = """
            [
              {"id":"order-1","pk":"p1","status":"open","_etag":"\"1\""},
              {"id":"outbox~a","pk":"p1","_outbox":true,"destination":"test-work","body":"{\"instanceId\":\"i-1\"}","ttl":604800},
              {"id":"outbox~b","pk":"p2","_outbox":true,"destination":"test-relayed-events","body":"event-1"},
              {"id":"outbox~c","pk":"p2","_outbox":true,"destination":"test-work","body":"{\"instanceId\":\"i-2\"}"},
              {"id":"almost","pk":"p3","_outbox":false,"destination":"test-work","body":"not a message"}
            ]
            """;
        var value = documentsAsString ? JsonSerializer.Serialize(JsonSerializer.Serialize(JsonDocument.Parse(documents).RootElement)) : documents;
        var payload = "{\"Data\":{\"documents\":" + value + "},\"Metadata\":{}}";

        using var response = await client.PostAsync("/TestRelay", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outputs = (await response.JsonAsync()).GetProperty("Outputs");
        Assert.Equal(["events", "work"], outputs.EnumerateObject().Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["{\"instanceId\":\"i-1\"}", "{\"instanceId\":\"i-2\"}"], outputs.GetProperty("work").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("event-1", outputs.GetProperty("events").GetString());
    }

    [Fact]
    public async Task ChangeFeedInvocation_WithNoOutboxDocuments_SendsNothing()
    {
        using var client = _factory.CreateClient();
        const string payload = """{"Data":{"documents":[{"id":"order-1","pk":"p1"}]},"Metadata":{}}""";

        using var response = await client.PostAsync("/TestRelay", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.JsonAsync()).GetProperty("Outputs").EnumerateObject());
    }

    [Fact]
    public async Task ChangeFeedInvocation_WithAnUnknownDestination_FailsAndLogsIt_SoTheFeedRetries()
    {
        using var client = _factory.CreateClient();
        const string payload = """
            {"Data":{"documents":[
              {"id":"outbox~a","pk":"p1","_outbox":true,"destination":"test-work","body":"fine"},
              {"id":"outbox~z","pk":"p1","_outbox":true,"destination":"nowhere","body":"lost?"}
            ]},"Metadata":{}}
            """;

        using var response = await client.PostAsync("/TestRelay", new StringContent(payload, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Empty(json.GetProperty("Outputs").EnumerateObject());
        var log = json.GetProperty("Logs")[0].GetString();
        Assert.Contains("outbox~z", log, StringComparison.Ordinal);
        Assert.Contains("'nowhere'", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeFeedInvocation_WithoutADocumentsArray_Answers400()
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync("/TestRelay", new StringContent("""{"Data":{"documents":"\"oops\""},"Metadata":{}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
