using Logistics.Application.Inventory;
using Logistics.Domain.Common;

namespace Logistics.Application.ValueAdded;

/// <summary>Posts a job's step, building it once more when the ledger refused movements planned from a job that changed meanwhile.</summary>
/// <remarks>
/// A step plans its movements from the job it read. When another step of the same job commits in between (a cancellation
/// racing a completion), the job's ETag refuses the loser's batch and <see cref="StockPoster"/> rebuilds it; but the
/// ledger, which checks the fresh balances first, may already refuse the stale movements as taking a balance below zero
/// (the inputs the winner moved are no longer pending processing). One more build reads the changed job and answers as
/// its stage says (a 409 for a finished job); a refusal that persists is a real one and propagates.
/// </remarks>
internal static class ValueAddedPosting
{
    public static async Task<T> PostAsync<T>(StockPoster poster, string ownerId, Func<CancellationToken, Task<(StockPosting Posting, T Result)>> build, CancellationToken cancellationToken)
    {
        try
        {
            return await poster.PostAsync(ownerId, build, cancellationToken);
        }
        catch (DomainException)
        {
            return await poster.PostAsync(ownerId, build, cancellationToken);
        }
    }
}
