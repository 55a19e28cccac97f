using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.TimeZones;

namespace Logistics.Application.Warehouse;

/// <summary>
/// The warehouse's local dates and times, in its configured IANA zone (<see cref="WarehouseOptions.TimeZone"/>), read from
/// the injected <see cref="TimeProvider"/> so tests drive them. A business date is the warehouse's: a notice expected on
/// the 22nd is due from 00:00 on the 22nd where the dock is, not in UTC.
/// </summary>
/// <remarks>
/// Zones come from NodaTime's own copy of the tz database, so every host (Windows, containers without
/// <c>/usr/share/zoneinfo</c>, invariant globalization) resolves the same ids the same way.
/// </remarks>
public sealed class BusinessCalendar(TimeProvider time, IOptions<WarehouseOptions> options)
{
    private static readonly ConcurrentDictionary<string, DateTimeZone?> Zones = new(StringComparer.Ordinal);

    /// <summary>The warehouse's zone.</summary>
    public DateTimeZone Zone => ZoneOf(options.Value);

    /// <summary>Today's date at the warehouse.</summary>
    public DateOnly Today => DateOf(time.GetUtcNow());

    /// <summary>Now, as the warehouse's local time (its offset is the zone's at this instant).</summary>
    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    /// <summary>True when <paramref name="timeZoneId"/> is a time zone id of the tz database (e.g. <c>Europe/Berlin</c>, <c>UTC</c>).</summary>
    public static bool IsKnownZone(string? timeZoneId) => timeZoneId is not null && Find(timeZoneId) is not null;

    /// <summary>The instant the warehouse's <paramref name="date"/> begins (its first valid local time, midnight unless a DST gap skips it).</summary>
    /// <remarks>Static so callers that only hold the options (the arrival deadline) need no other service.</remarks>
    public static DateTimeOffset StartOfDay(DateOnly date, WarehouseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ZoneOf(options).AtStartOfDay(LocalDate.FromDateOnly(date)).ToDateTimeOffset();
    }

    /// <summary>The instant the warehouse's <paramref name="date"/> begins.</summary>
    public DateTimeOffset StartOfDay(DateOnly date) => StartOfDay(date, options.Value);

    /// <summary>The warehouse's date at <paramref name="instant"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).Date.ToDateOnly();

    /// <summary>
    /// The instant a wall-clock time at the warehouse denotes (a schedule's occurrence). A time skipped by a daylight
    /// saving gap is moved forward by the gap; a time that occurs twice when clocks go back is the earlier one.
    /// </summary>
    public DateTimeOffset InstantOf(DateTime localTime) =>
        Zone.ResolveLocal(LocalDateTime.FromDateTime(localTime), Resolvers.LenientResolver).ToDateTimeOffset();

    /// <summary><paramref name="instant"/> as the warehouse's local time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => Instant.FromDateTimeOffset(instant).InZone(Zone).ToDateTimeOffset();

    private static DateTimeZone ZoneOf(WarehouseOptions options) =>
        Find(options.TimeZone) ?? throw new InvalidOperationException($"Warehouse:TimeZone '{options.TimeZone}' is not a time zone id of the tz database.");

    private static DateTimeZone? Find(string id) => Zones.GetOrAdd(id, key => DateTimeZoneProviders.Tzdb.GetZoneOrNull(key));
}
