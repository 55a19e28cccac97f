namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>External event names the value-added orchestration waits for (raised by the floor and cancel endpoints).</summary>
public static class ValueAddedMilestones
{
    /// <summary>The floor booked a pick of an input.</summary>
    public const string InputPicked = "InputPicked";

    /// <summary>The floor completed the job.</summary>
    public const string WorkCompleted = "WorkCompleted";

    /// <summary>The owner or ops cancelled the job: whatever the instance waits for, it reads the job again.</summary>
    public const string JobChanged = "JobChanged";
}
