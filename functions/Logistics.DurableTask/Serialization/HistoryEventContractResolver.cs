using System.Runtime.CompilerServices;
using DurableTask.Core.History;
using Newtonsoft.Json.Serialization;

namespace Logistics.DurableTask.Serialization;

/// <summary>Lets Newtonsoft.Json create every history event class, whatever constructors it declares.</summary>
/// <remarks>
/// Several event classes have only parameterized constructors (some more than one, e.g. <see cref="ExecutionRewoundEvent"/>),
/// which Newtonsoft.Json cannot choose between. Every field of an event is a <c>[DataMember]</c> that the JSON restores,
/// so an uninitialized instance populated from the JSON is the same event.
/// </remarks>
internal sealed class HistoryEventContractResolver : DefaultContractResolver
{
    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (typeof(HistoryEvent).IsAssignableFrom(objectType) && !objectType.IsAbstract)
        {
            contract.OverrideCreator = null;
            contract.CreatorParameters.Clear();
            contract.DefaultCreator = () => RuntimeHelpers.GetUninitializedObject(objectType);
            contract.DefaultCreatorNonPublic = false;
        }

        return contract;
    }
}
