using System.Globalization;
using System.Text;

namespace Logistics.Edi.X12;

/// <summary>Writes an interchange segment by segment and fills in every envelope count and control number.</summary>
/// <remarks>
/// Trailing empty elements are dropped as X12 requires. A value containing a delimiter is refused rather than
/// escaped: X12 has no escaping, so such a value would silently change the structure the partner reads.
/// </remarks>
public sealed class X12Writer
{
    private readonly StringBuilder _text = new();
    private readonly X12EnvelopeSettings _settings;
    private readonly X12Delimiters _delimiters;
    private readonly HashSet<string> _composites = new(StringComparer.Ordinal);
    private int _groupCount;
    private int _setCount;
    private int _segmentCount;
    private int _groupControlNumber;
    private string _setControlNumber = string.Empty;

    /// <summary>Starts an interchange from <paramref name="sender"/> to <paramref name="receiver"/>.</summary>
    public X12Writer(X12Partner sender, X12Partner receiver, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(receiver);
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _delimiters = settings.Delimiters;
        var d = _delimiters.Element;
        var repetitionOrStandard = string.CompareOrdinal(settings.Version, "00402") >= 0 ? (_delimiters.Repetition ?? '^') : 'U';
        _text.Append(CultureInfo.InvariantCulture,
            $"ISA{d}00{d}{new string(' ', 10)}{d}00{d}{new string(' ', 10)}{d}{sender.Qualifier,-2}{d}{sender.InterchangeId,-15}{d}{receiver.Qualifier,-2}{d}{receiver.InterchangeId,-15}")
            .Append(CultureInfo.InvariantCulture,
            $"{d}{settings.CreatedAt:yyMMdd}{d}{settings.CreatedAt:HHmm}{d}{repetitionOrStandard}{d}{settings.Version}{d}{settings.InterchangeControlNumber:000000000}{d}0{d}{settings.UsageIndicator}{d}{_delimiters.Component}{_delimiters.Segment}");
    }

    /// <summary>Opens a functional group (GS) numbered <paramref name="controlNumber"/>, by default the settings' group number.</summary>
    /// <param name="functionalIdCode">GS01, e.g. FA.</param>
    /// <param name="applicationSender">GS02.</param>
    /// <param name="applicationReceiver">GS03.</param>
    /// <param name="controlNumber">GS06; an interchange with several groups gives each its own.</param>
    /// <param name="version">GS08; by default the settings' group version.</param>
    public X12Writer StartGroup(string functionalIdCode, string applicationSender, string applicationReceiver, int? controlNumber = null, string? version = null)
    {
        _setCount = 0;
        _groupControlNumber = controlNumber ?? _settings.GroupControlNumber;
        Raw("GS", functionalIdCode, applicationSender, applicationReceiver, _settings.CreatedAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            _settings.CreatedAt.ToString("HHmm", CultureInfo.InvariantCulture), Number(_groupControlNumber), "X", version ?? _settings.GroupVersion);
        return this;
    }

    /// <summary>Opens a transaction set (ST).</summary>
    public X12Writer StartSet(string idCode, string controlNumber)
    {
        _segmentCount = 0;
        _setControlNumber = controlNumber;
        return Segment("ST", idCode, controlNumber);
    }

    /// <summary>Writes a segment that belongs to the interchange itself, between the ISA and the first GS (a TA1).</summary>
    /// <exception cref="ArgumentException">A value contains a delimiter.</exception>
    public X12Writer InterchangeSegment(string id, params string?[] elements)
    {
        Raw(id, elements);
        return this;
    }

    /// <summary>Writes a segment inside the open transaction set.</summary>
    /// <exception cref="ArgumentException">A value contains a delimiter.</exception>
    public X12Writer Segment(string id, params string?[] elements)
    {
        _segmentCount++;
        Raw(id, elements);
        return this;
    }

    /// <summary>Closes the transaction set with an SE counting ST through SE.</summary>
    public X12Writer EndSet()
    {
        Segment("SE", Number(_segmentCount + 1), _setControlNumber);
        _setCount++;
        return this;
    }

    /// <summary>Closes the group with a GE counting its sets.</summary>
    public X12Writer EndGroup()
    {
        Raw("GE", Number(_setCount), Number(_groupControlNumber));
        _groupCount++;
        return this;
    }

    /// <summary>Closes the interchange (IEA) and returns the text.</summary>
    public string EndInterchange()
    {
        Raw("IEA", Number(_groupCount), _settings.InterchangeControlNumber.ToString("000000000", CultureInfo.InvariantCulture));
        return _text.ToString();
    }

    /// <summary>Joins components into one composite element value (the only way to write a component separator).</summary>
    public string Composite(params string?[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var count = components.Length;
        while (count > 0 && string.IsNullOrEmpty(components[count - 1]))
        {
            count--;
        }

        foreach (var component in components.Take(count))
        {
            CheckValue("composite", component ?? string.Empty);
        }

        var value = string.Join(_delimiters.Component, components.Take(count));
        _composites.Add(value);
        return value;
    }

    /// <summary>
    /// A value copied from a received document into an answer (a control number, a segment id, a bad value), with any
    /// of this interchange's delimiters replaced by spaces: the answer must stay readable even when what it echoes was not.
    /// </summary>
    public string? Echo(string? received) => received is null ? null : _delimiters.Scrub(received);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private void Raw(string id, params string?[] elements)
    {
        var count = elements.Length;
        while (count > 0 && string.IsNullOrEmpty(elements[count - 1]))
        {
            count--;
        }

        _text.Append(id);
        foreach (var element in elements.Take(count))
        {
            var value = element ?? string.Empty;
            if (!_composites.Contains(value))
            {
                CheckValue(id, value);
            }

            _text.Append(_delimiters.Element).Append(value);
        }

        _text.Append(_delimiters.Segment);
    }

    private void CheckValue(string id, string value)
    {
        if (_delimiters.AppearsIn(value))
        {
            throw new ArgumentException($"Value '{value}' of segment {id} contains an X12 delimiter.", nameof(value));
        }
    }
}
