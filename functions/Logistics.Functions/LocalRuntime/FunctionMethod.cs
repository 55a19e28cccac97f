using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.LocalRuntime;

/// <summary>One <c>[Function]</c> method of the app, with the trigger attribute of its trigger parameter.</summary>
/// <param name="Name">The function name (<see cref="FunctionAttribute.Name"/>).</param>
/// <param name="Method">The method the Functions host would invoke.</param>
/// <param name="Trigger">The trigger attribute: HTTP, timer, orchestration or activity.</param>
/// <param name="TriggerParameter">The parameter that carries it.</param>
public sealed record FunctionMethod(string Name, MethodInfo Method, Attribute Trigger, ParameterInfo TriggerParameter)
{
    /// <summary>The HTTP trigger, for HTTP functions.</summary>
    public HttpTriggerAttribute? Http => Trigger as HttpTriggerAttribute;

    /// <summary>The timer trigger, for timer functions.</summary>
    public TimerTriggerAttribute? Timer => Trigger as TimerTriggerAttribute;

    /// <summary>True for orchestrator and activity wrappers, which the local runtime does not call: it runs their task classes.</summary>
    public bool IsDurableTask => Trigger is OrchestrationTriggerAttribute or ActivityTriggerAttribute;
}
