using Microsoft.Azure.Functions.Worker;
using ServerlessIm.Functions.Bindings;

namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>A Kafka-triggered function for the trigger loop's tests, declared like ApplyPeerEvents.</summary>
public sealed class RecordingFunction(BatchRecorder recorder)
{
    [Function("RecordEvents")]
    public Task RunAsync(
        [KafkaTrigger(
            "%PeerKafka:Brokers%",
            "%PeerKafka:Topic%",
            ConsumerGroup = "%PeerKafka:ConsumerGroup%",
            IsBatched = true)]
        string[] events,
        CancellationToken cancellationToken) =>
        recorder.RecordAsync(events);
}
