using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace ServerlessIm.Local.Triggers;

/// <summary>What one call of a function is made from: the trigger's input and the invocation's services.</summary>
internal sealed record Invocation(IServiceProvider Services, CancellationToken CancellationToken)
{
    public HttpContext? HttpContext { get; init; }

    /// <summary>A Kafka trigger's batch of event values, in delivery order.</summary>
    public IReadOnlyList<string>? Events { get; init; }

    public TimerInfo? Timer { get; init; }
}
