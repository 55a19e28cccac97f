using Logistics.Domain.Inventory;

namespace Logistics.Application.Reports;

/// <summary>
/// The movements of a ledger period, spilled to one temporary file per UTC day as they stream by in id order, so the
/// detail can be written in time order holding one day in memory: a bucketed sort on disk instead of a time-ordered query
/// (which the embedded store answers by scanning the owner's ledger for every page).
/// </summary>
internal sealed class LedgerDaySpill : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-ledger-detail-").FullName;
    private readonly SortedDictionary<string, BinaryWriter> _days = new(StringComparer.Ordinal);

    /// <summary>Appends a movement to its day's file (the day is the first ten characters of its fixed-width UTC time).</summary>
    public void Add(LedgerDetailEntry entry)
    {
        var day = entry.OccurredAt[..10];
        if (!_days.TryGetValue(day, out var writer))
        {
            writer = new BinaryWriter(new FileStream(Path.Combine(_folder, day), FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536));
            _days.Add(day, writer);
        }

        writer.Write(entry.Id);
        writer.Write(entry.Sku);
        writer.Write(entry.Lot is not null);
        writer.Write(entry.Lot ?? string.Empty);
        writer.Write((int)entry.Status);
        writer.Write(entry.Delta);
        writer.Write((int)entry.MovementType);
        writer.Write(entry.OccurredAt);
        writer.Write(entry.SourceReference);
    }

    /// <summary>Each day's movements in time order (ties by id), one day in memory at a time.</summary>
    public IEnumerable<List<LedgerDetailEntry>> DaysInOrder()
    {
        foreach (var writer in _days.Values)
        {
            writer.Flush();
        }

        foreach (var (day, writer) in _days)
        {
            writer.Dispose();
            var entries = new List<LedgerDetailEntry>();
            using (var reader = new BinaryReader(new FileStream(Path.Combine(_folder, day), FileMode.Open, FileAccess.Read, FileShare.None, 65536)))
            {
                while (reader.BaseStream.Position < reader.BaseStream.Length)
                {
                    var id = reader.ReadString();
                    var sku = reader.ReadString();
                    var hasLot = reader.ReadBoolean();
                    var lot = reader.ReadString();
                    entries.Add(new LedgerDetailEntry(id, sku, hasLot ? lot : null, (StockStatus)reader.ReadInt32(), reader.ReadInt64(),
                        (MovementType)reader.ReadInt32(), reader.ReadString(), reader.ReadString()));
                }
            }

            File.Delete(Path.Combine(_folder, day));
            entries.Sort((a, b) => string.CompareOrdinal(a.OccurredAt, b.OccurredAt) is var byTime and not 0 ? byTime : string.CompareOrdinal(a.Id, b.Id));
            yield return entries;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var writer in _days.Values)
        {
            writer.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }
}
