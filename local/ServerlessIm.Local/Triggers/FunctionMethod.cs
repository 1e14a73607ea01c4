using System.Reflection;

namespace ServerlessIm.Local.Triggers;

/// <summary>One function as the Functions host sees it: its name, its trigger, and the method to call.</summary>
internal sealed record FunctionMethod(string Name, MethodInfo Method, ParameterInfo TriggerParameter, Attribute Trigger)
{
    public Type FunctionClass => Method.DeclaringType!;

    /// <summary>The trigger's kind by its attribute's name, as the worker's metadata generator names it.</summary>
    public bool HasTrigger(string attributeName) =>
        string.Equals(Trigger.GetType().Name, attributeName, StringComparison.Ordinal);
}
