using Logistics.Storage.Documents;

namespace Logistics.Application.Partners;

/// <summary>
/// Hands out the control numbers of everything the warehouse sends a partner (997, TA1, 944: ISA13 and GS06) from the
/// partner's counter document: unique and increasing per partner, across restarts and across processes.
/// </summary>
/// <remarks>
/// A reservation is one atomic increment of the counter (the store's patch), so concurrent writers, in this process or
/// another, never see the same value and none of them can be starved by losing races. The counter is created on first
/// use (a create, whose conflict means another writer created it first). Numbers run from 1 to <see cref="Max"/> (nine
/// digits); the reservation that passes the end resets the counter with an ETag-conditional replace, so of two writers
/// passing it at once only one resets and the other reserves again after it; a block never straddles the wrap. A
/// reservation whose answer is never sent leaves a gap, which X12 allows.
/// </remarks>
public sealed class ControlNumbers(PartnerStore store)
{
    /// <summary>The largest control number (ISA13 has nine digits).</summary>
    public const int Max = 999_999_999;

    /// <summary>Rounds tolerated before giving up; only a reset racing another reset needs a second round.</summary>
    private const int MaxAttempts = 50;

    private const string LastPath = "/last";

    /// <summary>Reserves <paramref name="count"/> consecutive numbers for <paramref name="partnerId"/> and returns the first.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is not 1-1000.</exception>
    public async Task<int> ReserveAsync(string partnerId, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(partnerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000);
        var container = await store.ContainerAsync(cancellationToken);
        var id = ControlNumberDocument.IdOf(partnerId);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            Document<ControlNumberDocument> counted;
            try
            {
                counted = await container.PatchAsync<ControlNumberDocument>(id, partnerId, [PatchOperation.Increment(LastPath, count)], cancellationToken: cancellationToken);
            }
            catch (DocumentNotFoundException)
            {
                await CreateAsync(container, id, partnerId, cancellationToken);
                continue;
            }

            var last = counted.Value.Last;
            if (last <= Max)
            {
                return checked((int)(last - count + 1));
            }

            // Past the ninth digit: start again at 1, unless another writer changed the counter since our increment.
            try
            {
                await container.ReplaceAsync(new ControlNumberDocument { Id = id, PartnerId = partnerId, Last = count }, counted.ETag, cancellationToken);
                return 1;
            }
            catch (DocumentPreconditionFailedException)
            {
                // It moved on (maybe another writer reset it); reserve again from where it is now.
            }
        }

        throw new InvalidOperationException($"Could not reserve X12 control numbers for {partnerId} after {MaxAttempts} attempts.");
    }

    private static async Task CreateAsync(IDocumentContainer container, string id, string partnerId, CancellationToken cancellationToken)
    {
        try
        {
            await container.CreateAsync(new ControlNumberDocument { Id = id, PartnerId = partnerId, Last = 0 }, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Another writer created it first; its counter is the one to increment.
        }
    }
}
