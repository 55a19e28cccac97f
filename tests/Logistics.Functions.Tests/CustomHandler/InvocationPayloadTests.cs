using System.Text.Json.Nodes;
using Logistics.Functions.CustomHandler;
using Logistics.Functions.Table;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.CustomHandler;

public sealed class InvocationPayloadTests
{
    private static readonly FunctionTable Table = TestFunctions.Create();

    private static FunctionDefinition Function(string name) => Table.TryGet(name, out var f) ? f : throw new InvalidOperationException(name);

    [Fact]
    public void ServiceBusBody_EncodedTwice_IsDecodedToTheOriginalString()
    {
        const string body = """{"instanceId":"order-42"}""";
        var payload = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = JsonValue.Create(System.Text.Json.JsonSerializer.Serialize(body)) },
            ["Metadata"] = new JsonObject
            {
                ["DeliveryCount"] = "3",
                ["MessageId"] = "\"abc\"",
                ["sys"] = new JsonObject { ["MethodName"] = "TestQueue" },
            },
        };

        var invocation = InvocationPayload.Parse(Function("TestQueue"), payload.ToJsonString());

        Assert.Equal(body, invocation.Body);
        Assert.Equal(3, invocation.DeliveryCount);
        Assert.Equal("abc", invocation.Metadata["MessageId"]);
        Assert.Null(invocation.Timer);
    }

    [Fact]
    public void ServiceBusBody_EncodedOnce_OrAsAnObject_IsKept()
    {
        var once = InvocationPayload.Parse(Function("TestQueue"), """{"Data":{"message":"{\"a\":1}"},"Metadata":{}}""");
        var asObject = InvocationPayload.Parse(Function("TestQueue"), """{"Data":{"message":{"a":1}},"Metadata":{}}""");
        var plain = InvocationPayload.Parse(Function("TestQueue"), """{"Data":{"message":"\"hello\""},"Metadata":{}}""");

        Assert.Equal("""{"a":1}""", once.Body);
        Assert.Equal("""{"a":1}""", asObject.Body);
        Assert.Equal("hello", plain.Body);
        Assert.Equal(1, once.DeliveryCount);
    }

    [Fact]
    public void TimerPayload_IsReadWithPastDueAndScheduleStatus()
    {
        const string json = """
            {"Data":{"Timer":{"Schedule":{"AdjustForDST":true},
              "ScheduleStatus":{"Last":"2026-11-21T10:00:00+00:00","Next":"2026-11-21T10:05:00+00:00","LastUpdated":"2026-11-21T10:00:01+00:00"},
              "IsPastDue":true}},
             "Metadata":{"sys":{"MethodName":"TestTimer","UtcNow":"2026-11-21T10:07:00Z"}}}
            """;

        var invocation = InvocationPayload.Parse(Function("TestTimer"), json);

        Assert.NotNull(invocation.Timer);
        Assert.True(invocation.Timer.IsPastDue);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 5, 0, TimeSpan.Zero), invocation.Timer.ScheduleStatus!.Next);
        Assert.Null(invocation.Body);
    }

    [Fact]
    public void InvocationResponse_ShapesOutputs_OneBodyAsString_SeveralAsArray()
    {
        var result = FunctionResult.Empty().Send("one", "a").Send("many", "b").Send("many", "c").Log("done");
        var json = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(InvocationResponse.From(result)))!;

        Assert.Equal("a", json["Outputs"]!["one"]!.GetValue<string>());
        Assert.Equal(["b", "c"], json["Outputs"]!["many"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("done", json["Logs"]![0]!.GetValue<string>());
        Assert.True(json.AsObject().ContainsKey("ReturnValue"));
    }
}
