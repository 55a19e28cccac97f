using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.LocalRuntime;

/// <summary>
/// Every <c>[Function]</c> method of an assembly, found the way the Functions worker SDK finds them (public methods
/// with <see cref="FunctionAttribute"/>, the trigger on one parameter), so each function is declared once.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<FunctionMethod> functions) => Functions = functions;

    /// <summary>The functions, ordered by name.</summary>
    public IReadOnlyList<FunctionMethod> Functions { get; }

    /// <summary>Reads the functions of <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">A function has no trigger, several, or a name used twice.</exception>
    public static FunctionCatalog From(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return From(assembly.GetTypes());
    }

    /// <summary>Reads the functions declared by <paramref name="types"/>.</summary>
    /// <exception cref="InvalidOperationException">A function has no trigger, several, or a name used twice.</exception>
    public static FunctionCatalog From(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var functions = new List<FunctionMethod>();
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is not { } function)
                {
                    continue;
                }

                var triggers = method.GetParameters()
                    .SelectMany(p => p.GetCustomAttributes().Where(IsTrigger).Select(a => (Parameter: p, Attribute: a)))
                    .ToList();
                if (triggers.Count != 1)
                {
                    throw new InvalidOperationException($"Function {function.Name} ({type.Name}.{method.Name}) must have exactly one trigger parameter, not {triggers.Count}.");
                }

                functions.Add(new FunctionMethod(function.Name, method, triggers[0].Attribute, triggers[0].Parameter));
            }
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Function name {duplicate.Key} is declared {duplicate.Count()} times.");
        }

        return new FunctionCatalog([.. functions.OrderBy(f => f.Name, StringComparer.Ordinal)]);
    }

    // The worker SDK's own marker: every trigger attribute derives from TriggerBindingAttribute.
    private static bool IsTrigger(Attribute attribute) =>
        attribute is Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute;
}
