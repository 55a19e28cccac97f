namespace Logistics.Application.ValueAdded;

/// <summary>Where a value-added job stands.</summary>
public enum ValueAddedStage
{
    /// <summary>Its inputs are reserved in storage; the floor picks them to the processing area.</summary>
    Picking,

    /// <summary>Every input is in the processing area (pending processing); the floor works and then completes the job.</summary>
    Processing,

    /// <summary>Inputs consumed, outputs produced and put away to storage.</summary>
    Completed,

    /// <summary>Cancelled before completion; its inputs are available again.</summary>
    Cancelled,
}
