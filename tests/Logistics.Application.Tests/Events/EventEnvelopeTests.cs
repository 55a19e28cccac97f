using System.Text.Json;
using Logistics.Application.Events;

namespace Logistics.Application.Tests.Events;

/// <summary>The event contract on the wire: the envelope's names, its version check, and a clear refusal of what is not one.</summary>
public sealed class EventEnvelopeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void The_envelope_carries_exactly_the_contract_fields_and_the_event_id_as_message_id()
    {
        var message = new WarehouseEvent("acme~N-1/accepted", EventTypes.InboundNoticeAccepted, "acme", "acme~N-1", At, new { lines = 2, units = 10 }).ToMessage();

        using var body = JsonDocument.Parse(message.Body);
        Assert.Equal(
            ["id", "type", "owner", "subject", "occurredAt", "payload", "schemaVersion"],
            body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(WarehouseEvent.CurrentSchemaVersion, body.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(10, body.RootElement.GetProperty("payload").GetProperty("units").GetInt32());
        Assert.Equal("acme~N-1/accepted", message.MessageId);
        Assert.Equal("warehouse-events", message.Destination);
    }

    [Fact]
    public void Parse_reads_back_what_was_written()
    {
        var written = new WarehouseEvent("acme~O-1/shipped/S1", EventTypes.OrderShipped, "acme", "acme~O-1", At, new { units = 7 });

        var read = WarehouseEvent.Parse(written.ToMessage().Body);

        Assert.Equal((written.Id, written.Type, written.Owner, written.Subject, written.OccurredAt, 1), (read.Id, read.Type, read.Owner, read.Subject, read.OccurredAt, read.SchemaVersion));
        Assert.Equal(7, ((JsonElement)read.Payload!).GetProperty("units").GetInt32());
    }

    [Theory]
    [InlineData("not json", "not an event envelope")]
    [InlineData("null", "null")]
    [InlineData("""{"type":"Picked","owner":"a","subject":"s","occurredAt":"2026-11-21T09:30:00Z","schemaVersion":1}""", "'id'")]
    [InlineData("""{"id":"e","owner":"a","subject":"s","occurredAt":"2026-11-21T09:30:00Z","schemaVersion":1}""", "'type'")]
    [InlineData("""{"id":"e","type":"Picked","subject":"s","occurredAt":"2026-11-21T09:30:00Z","schemaVersion":1}""", "'owner'")]
    [InlineData("""{"id":"e","type":"Picked","owner":"a","occurredAt":"2026-11-21T09:30:00Z","schemaVersion":1}""", "'subject'")]
    [InlineData("""{"id":"e","type":"Picked","owner":"a","subject":"s","schemaVersion":1}""", "'occurredAt'")]
    [InlineData("""{"id":"e","type":"Picked","owner":"a","subject":"s","occurredAt":"2026-11-21T09:30:00Z"}""", "'schemaVersion'")]
    [InlineData("""{"id":"e","type":"Picked","owner":"a","subject":"s","occurredAt":"2026-11-21T09:30:00Z","schemaVersion":2}""", "schema version 2")]
    public void Parse_refuses_what_is_not_a_readable_envelope_and_says_why(string body, string expected)
    {
        var error = Assert.Throws<EventFormatException>(() => WarehouseEvent.Parse(body));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_type_constant_is_its_own_name()
    {
        var fields = typeof(EventTypes).GetFields().Where(f => f.IsLiteral).ToList();

        Assert.True(fields.Count >= 20);
        Assert.All(fields, f => Assert.Equal(f.Name, f.GetRawConstantValue()));
    }
}
