using Logistics.Domain.Inbound;

namespace Logistics.Domain.Tests;

/// <summary>Builds an accepted inbound notice; defaults to one line of 10 x BOOK-001.</summary>
internal sealed class NoticeBuilder
{
    private readonly List<NoticeLine> _lines = [];
    private string _number = "ASN-1";

    public NoticeBuilder WithNumber(string number)
    {
        _number = number;
        return this;
    }

    public NoticeBuilder WithLine(int number, string sku, int expected, string? lot = null)
    {
        _lines.Add(Builders.Line(number, sku, expected, lot));
        return this;
    }

    public InboundNotice Build()
    {
        var lines = _lines.Count > 0 ? _lines : [Builders.Line(1, "BOOK-001", 10)];
        return InboundNotice.Accept(
            Builders.Owner(), NoticeNumber.Parse(_number), NoticeType.Json, new NoticeHeader(new DateOnly(2026, 1, 20)), lines, Builders.T0);
    }
}
