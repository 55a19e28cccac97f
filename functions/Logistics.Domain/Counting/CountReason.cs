namespace Logistics.Domain.Counting;

/// <summary>Why a count adjusts stock; the sign of the variance.</summary>
public enum CountReason
{
    /// <summary>More was found than the ledger held.</summary>
    CountGain,

    /// <summary>Less was found than the ledger held.</summary>
    CountLoss,
}
