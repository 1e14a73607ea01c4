using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace ServerlessIm.Local.Triggers;

/// <summary>
/// Binds a function's parameters the way the worker does for the bindings this product uses. A parameter
/// that cannot be bound fails at start-up, not at the first call.
/// </summary>
internal static class FunctionArguments
{
    public static Func<Invocation, object?[]> BinderFor(FunctionMethod function)
    {
        var binders = function.Method.GetParameters().Select(p => BinderFor(function, p)).ToArray();
        return invocation => Array.ConvertAll(binders, bind => bind(invocation));
    }

    private static Func<Invocation, object?> BinderFor(FunctionMethod function, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var isTrigger = parameter.Position == function.TriggerParameter.Position;

        if (type == typeof(HttpRequest))
        {
            return static invocation => invocation.HttpContext!.Request;
        }

        if (type == typeof(CancellationToken))
        {
            return static invocation => invocation.CancellationToken;
        }

        if (type == typeof(TimerInfo))
        {
            return static invocation => invocation.Timer;
        }

        if (isTrigger && type == typeof(string[]))
        {
            return static invocation => invocation.Events!.ToArray();
        }

        if (!isTrigger && function.Trigger is HttpTriggerAttribute && IsRouteValueType(type))
        {
            return invocation => RouteValue(invocation.HttpContext!, parameter);
        }

        throw new NotSupportedException(
            $"The local runner cannot bind parameter '{parameter.Name}' ({type.Name}) of function '{function.Name}'.");
    }

    private static bool IsRouteValueType(Type type) =>
        type == typeof(string)
        || Nullable.GetUnderlyingType(type) is not null
        || type.IsPrimitive
        || type == typeof(Guid);

    private static object? RouteValue(HttpContext context, ParameterInfo parameter)
    {
        var text = context.GetRouteValue(parameter.Name!)?.ToString();
        if (parameter.ParameterType == typeof(string) || text is null)
        {
            return text;
        }

        return TypeDescriptor.GetConverter(parameter.ParameterType).ConvertFromInvariantString(text);
    }
}
