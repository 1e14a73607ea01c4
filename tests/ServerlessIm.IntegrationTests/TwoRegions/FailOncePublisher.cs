using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using ServerlessIm.Core.Replication;

namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>
/// Fails the region's first publish of a sequenced message, right after the message was stored, as a crash or
/// a Kafka outage between the two steps would; the sweeper must publish it later.
/// </summary>
internal sealed class FailOncePublisher(IEventPublisher inner) : IEventPublisher, IDisposable
{
    private int _failed;
    private int _disposed;
    private volatile string? _failedEventId;
    private volatile bool _republished;

    public string? FailedEventId => _failedEventId;

    /// <summary>Whether the failed event was published afterwards.</summary>
    public bool Republished => _republished;

    /// <summary>Puts this decorator in front of the region's <see cref="IEventPublisher"/>.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(static d => d.ServiceType == typeof(IEventPublisher));
        services.Remove(original);
        services.AddSingleton(sp => new FailOncePublisher(Create(original, sp)));
        services.AddSingleton<IEventPublisher>(static sp => sp.GetRequiredService<FailOncePublisher>());
    }

    public async Task PublishAsync(ReplicationEvent replicationEvent, CancellationToken cancellationToken)
    {
        if (replicationEvent.Type == EventTypes.MessageSequenced && Interlocked.CompareExchange(ref _failed, 1, 0) == 0)
        {
            _failedEventId = replicationEvent.EventId;
            throw new KafkaException(
                new Error(ErrorCode.Local_MsgTimedOut, "Injected: the publish after a store failed."));
        }

        await inner.PublishAsync(replicationEvent, cancellationToken);
        if (replicationEvent.EventId == _failedEventId)
        {
            _republished = true;
        }
    }

    /// <remarks>Registered under two service types, so the container disposes it twice.</remarks>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            (inner as IDisposable)?.Dispose();
        }
    }

    private static IEventPublisher Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationFactory is { } factory
            ? (IEventPublisher)factory(services)
            : descriptor.ImplementationInstance as IEventPublisher
              ?? (IEventPublisher)ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}
