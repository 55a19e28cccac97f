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
}
