using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace ServerlessIm.Local.Triggers;

/// <summary>
/// Calls a function as the isolated worker does: a new instance of its class from the invocation's services
/// for each call, then the method with its bound arguments.
/// </summary>
internal sealed class FunctionInvoker
{
    private readonly FunctionMethod _function;
    private readonly ObjectFactory? _factory;
    private readonly Func<Invocation, object?[]> _bind;
    private readonly PropertyInfo? _taskResult;

    public FunctionInvoker(FunctionMethod function)
    {
        _function = function;
        _factory = function.Method.IsStatic ? null : ActivatorUtilities.CreateFactory(function.FunctionClass, []);
        _bind = FunctionArguments.BinderFor(function);

        var returns = function.Method.ReturnType;
        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
        {
            _taskResult = returns.GetProperty(nameof(Task<object>.Result));
        }
    }

    public string Name => _function.Name;

    /// <returns>What the function returned, after awaiting it.</returns>
    public async Task<object?> InvokeAsync(Invocation invocation)
    {
        var instance = _factory?.Invoke(invocation.Services, null);
        try
        {
            var returned = _function.Method.Invoke(
                instance, BindingFlags.DoNotWrapExceptions, binder: null, _bind(invocation), culture: null);
            if (returned is not Task task)
            {
                return returned;
            }

            await task;
            return _taskResult?.GetValue(task);
        }
        finally
        {
            await DisposeAsync(instance);
        }
    }

    private static async ValueTask DisposeAsync(object? instance)
    {
        switch (instance)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
