using System.Runtime.CompilerServices;
using Logistics.Storage.Documents;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.Security;

/// <summary>Publishers and their hashed keys, plus ops and floor role keys, in the document store.</summary>
/// <remarks>
/// A key is written to its publisher's list before its access record exists and removed from the access container
/// before the list: a crash in between leaves at worst a listed key that does not work, never a working key that
/// nobody can see or revoke.
/// </remarks>
public sealed class AccessStore(IDocumentStore store, TimeProvider time, IOptions<SecurityOptions> options)
{
    /// <summary>Key records, one partition per key hash: authentication is a point read.</summary>
    public static readonly ContainerDefinition AccessContainer = new("access", "/keyHash");

    /// <summary>Publisher records, one partition per publisher.</summary>
    public static readonly ContainerDefinition PublishersContainer = new("publishers", "/id");

    private const int MaxConcurrencyRetries = 5;

    private IDocumentContainer Access => store.GetContainer(AccessContainer.Name);

    private IDocumentContainer Publishers => store.GetContainer(PublishersContainer.Name);

    /// <summary>Creates the containers; called once at start.</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        await store.EnsureContainerAsync(AccessContainer, cancellationToken);
        await store.EnsureContainerAsync(PublishersContainer, cancellationToken);
    }

    /// <summary>Finds the record of a presented key; null when unknown or revoked.</summary>
    public async Task<AccessKeyRecord?> FindKeyAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeys.Hash(key);
        var document = await Access.ReadAsync<AccessKeyRecord>(hash, hash, cancellationToken);
        return document?.Value;
    }

    /// <summary>Reads a publisher; null when absent.</summary>
    public async Task<PublisherRecord?> GetPublisherAsync(string publisherId, CancellationToken cancellationToken) =>
        (await Publishers.ReadAsync<PublisherRecord>(publisherId, publisherId, cancellationToken))?.Value;

    /// <summary>Lists publishers by id (a cross-partition query: ops screens only).</summary>
    public async Task<DocumentPage<PublisherRecord>> ListPublishersAsync(int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        await Publishers.QueryAsync<PublisherRecord>(
            new DocumentQuery(null) { PageSize = pageSize, ContinuationToken = continuationToken }.OrderByPath("/id"),
            cancellationToken);

    /// <summary>Every publisher's id, page by page: what the timers that work per owner walk.</summary>
    public async IAsyncEnumerable<string> PublisherIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await ListPublishersAsync(100, continuation, cancellationToken);
            foreach (var publisher in page.Items)
            {
                yield return publisher.Value.Id;
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    /// <summary>Creates a publisher with a first key; null when the id is taken.</summary>
    public async Task<IssuedKey?> CreatePublisherAsync(string publisherId, string name, string? presetKey, CancellationToken cancellationToken)
    {
        var issued = Issue(Roles.Publisher, publisherId, presetKey);
        var publisher = new PublisherRecord
        {
            Id = publisherId,
            Name = name,
            CreatedAt = issued.CreatedAt,
            Keys = [new PublisherKey(issued.KeyId, ApiKeys.Hash(issued.Key), issued.CreatedAt)],
        };
        try
        {
            await Publishers.CreateAsync(publisher, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return null;
        }

        await Access.UpsertAsync(ToRecord(issued), cancellationToken: cancellationToken);
        return issued;
    }

    /// <summary>Issues another key to a publisher.</summary>
    public async Task<(KeyChangeOutcome Outcome, IssuedKey? Key)> AddPublisherKeyAsync(
        string publisherId,
        string? presetKey,
        CancellationToken cancellationToken)
    {
        var issued = Issue(Roles.Publisher, publisherId, presetKey);
        var entry = new PublisherKey(issued.KeyId, ApiKeys.Hash(issued.Key), issued.CreatedAt);
        var outcome = await UpdatePublisherAsync(
            publisherId,
            p => p.Keys.Count >= options.Value.MaxKeysPerPublisher
                ? (KeyChangeOutcome.LimitReached, p)
                : (KeyChangeOutcome.Done, p with { Keys = [.. p.Keys, entry] }),
            cancellationToken);
        if (outcome != KeyChangeOutcome.Done)
        {
            return (outcome, null);
        }

        await Access.UpsertAsync(ToRecord(issued), cancellationToken: cancellationToken);
        return (KeyChangeOutcome.Done, issued);
    }

    /// <summary>Revokes one of a publisher's keys; the last key cannot be revoked (issue a new one first).</summary>
    public async Task<KeyChangeOutcome> RevokePublisherKeyAsync(string publisherId, string keyId, CancellationToken cancellationToken)
    {
        var publisher = await GetPublisherAsync(publisherId, cancellationToken);
        var key = publisher?.Keys.FirstOrDefault(k => k.KeyId == keyId);
        if (publisher is null || key is null)
        {
            return KeyChangeOutcome.NotFound;
        }

        if (publisher.Keys.Count == 1)
        {
            return KeyChangeOutcome.LastKey;
        }

        await DeleteAccessAsync(key.KeyHash, cancellationToken);
        return await UpdatePublisherAsync(
            publisherId,
            p => p.Keys.Any(k => k.KeyId == keyId)
                ? (KeyChangeOutcome.Done, p with { Keys = [.. p.Keys.Where(k => k.KeyId != keyId)] })
                : (KeyChangeOutcome.NotFound, p),
            cancellationToken);
    }

    /// <summary>Issues an ops, floor or carrier key; a carrier key names its carrier's SCAC.</summary>
    public async Task<IssuedKey> CreateRoleKeyAsync(string role, string? presetKey, CancellationToken cancellationToken, string? carrier = null)
    {
        if (role is not (Roles.Ops or Roles.Floor or Roles.Carrier))
        {
            throw new ArgumentException($"Role keys are '{Roles.Ops}', '{Roles.Floor}' or '{Roles.Carrier}', not '{role}'.", nameof(role));
        }

        if ((role == Roles.Carrier) != (carrier is not null))
        {
            throw new ArgumentException("A carrier key, and only a carrier key, names its carrier's SCAC.", nameof(carrier));
        }

        var issued = Issue(role, null, presetKey) with { Carrier = carrier };
        await Access.UpsertAsync(ToRecord(issued), cancellationToken: cancellationToken);
        return issued;
    }

    private IssuedKey Issue(string role, string? publisherId, string? presetKey)
    {
        if (presetKey is not null && presetKey.Length < ApiKeys.MinimumLength)
        {
            throw new ArgumentException($"A preset key needs at least {ApiKeys.MinimumLength} characters.", nameof(presetKey));
        }

        return new IssuedKey(ApiKeys.NewKeyId(), presetKey ?? ApiKeys.Generate(), role, publisherId, time.GetUtcNow());
    }

    private static AccessKeyRecord ToRecord(IssuedKey issued)
    {
        var hash = ApiKeys.Hash(issued.Key);
        return new AccessKeyRecord
        {
            Id = hash,
            KeyHash = hash,
            KeyId = issued.KeyId,
            Role = issued.Role,
            PublisherId = issued.PublisherId,
            Carrier = issued.Carrier,
            CreatedAt = issued.CreatedAt,
        };
    }

    private async Task DeleteAccessAsync(string keyHash, CancellationToken cancellationToken)
    {
        try
        {
            await Access.DeleteAsync(keyHash, keyHash, cancellationToken: cancellationToken);
        }
        catch (DocumentNotFoundException)
        {
            // Already gone (an earlier attempt crashed after this step): revoking is idempotent.
        }
    }

    private async Task<KeyChangeOutcome> UpdatePublisherAsync(
        string publisherId,
        Func<PublisherRecord, (KeyChangeOutcome Outcome, PublisherRecord Updated)> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await Publishers.ReadAsync<PublisherRecord>(publisherId, publisherId, cancellationToken);
            if (current is null)
            {
                return KeyChangeOutcome.NotFound;
            }

            var (outcome, updated) = change(current.Value);
            if (outcome != KeyChangeOutcome.Done)
            {
                return outcome;
            }

            try
            {
                await Publishers.ReplaceAsync(updated, current.ETag, cancellationToken);
                return outcome;
            }
            catch (DocumentPreconditionFailedException) when (attempt < MaxConcurrencyRetries)
            {
                // Another key change won the race; re-read and apply ours on top.
            }
        }
    }
}
