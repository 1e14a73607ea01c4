using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace ServerlessIm.Local.Emulators.Kafka;

/// <summary>
/// An in-process Kafka cluster: librdkafka's mock brokers, reachable over TCP on loopback by any Kafka client,
/// in this process or another. Several clusters can live side by side, each with its own ports and data.
/// </summary>
/// <remarks>
/// Dispose every producer, consumer and admin client of the cluster before the cluster itself; the other
/// order makes a consumer's Close hang for about 45 seconds. Topic administration through the admin API is
/// not implemented by the mock (use <see cref="CreateTopic"/>, or rely on auto-creation on produce), and
/// ListConsumerGroups and DeleteGroups abort the whole process: never call them against it. Transactions
/// are not real, and each partition keeps only about 5 MB.
/// </remarks>
public sealed class MockKafkaCluster : IDisposable
{
    private const int ErrorTextSize = 512;
    private const int AllBrokers = -1;

    private readonly nint _handle;
    private readonly nint _cluster;
    private bool _disposed;

    private MockKafkaCluster(nint handle, nint cluster, int brokerCount)
    {
        _handle = handle;
        _cluster = cluster;
        BrokerCount = brokerCount;
        BootstrapServers = Marshal.PtrToStringUTF8(NativeMethods.MockClusterBootstraps(cluster))
            ?? throw new InvalidOperationException("The mock cluster reported no bootstrap servers.");
    }

    /// <summary>The brokers' <c>127.0.0.1:port</c> addresses, comma separated.</summary>
    public string BootstrapServers { get; }

    /// <summary>How many brokers the cluster has; their ids run from 1 to this number.</summary>
    public int BrokerCount { get; }

    /// <summary>Starts a cluster of <paramref name="brokers"/> brokers whose groups rebalance without delay.</summary>
    public static unsafe MockKafkaCluster Create(int brokers = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokers, 1);
        LibrdkafkaResolver.EnsureRegistered();

        var errorText = stackalloc byte[ErrorTextSize];
        var configuration = NativeMethods.ConfNew();

        // The handle only hosts the mock brokers; at the default level it warns that it has no bootstrap servers.
        NativeMethods.ConfSet(configuration, "log_level", "3", errorText, ErrorTextSize);
        var handle = NativeMethods.New(NativeMethods.ProducerType, configuration, errorText, ErrorTextSize);
        if (handle == 0)
        {
            // rd_kafka_new owns the configuration only when it succeeds.
            NativeMethods.ConfDestroy(configuration);
            throw new InvalidOperationException(
                $"librdkafka could not create the handle the mock cluster needs: {Text(errorText)}");
        }

        var cluster = NativeMethods.MockClusterNew(handle, brokers);
        if (cluster == 0)
        {
            NativeMethods.Destroy(handle);
            throw new InvalidOperationException("librdkafka could not create a mock cluster.");
        }

        NativeMethods.MockGroupInitialRebalanceDelayMs(cluster, 0);
        return new MockKafkaCluster(handle, cluster, brokers);
    }

    /// <summary>Creates a topic; the mock does not implement the admin API's CreateTopics.</summary>
    public void CreateTopic(string name, int partitions, int replicationFactor)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicationFactor, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replicationFactor, BrokerCount);
        ThrowIfFailed(NativeMethods.MockTopicCreate(Cluster, name, partitions, replicationFactor));
    }

    /// <summary>
    /// Makes <paramref name="brokerId"/> the leader of one partition; clients follow on their next metadata
    /// refresh. The mock picks leaders at random, so a test that takes a leader down names it first.
    /// </summary>
    public void SetPartitionLeader(string topic, int partition, int brokerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ThrowIfFailed(NativeMethods.MockPartitionSetLeader(Cluster, topic, partition, CheckBrokerId(brokerId)));
    }

    /// <summary>Disconnects the broker and refuses new connections; leadership does not move.</summary>
    public void SetBrokerDown(int brokerId) =>
        ThrowIfFailed(NativeMethods.MockBrokerSetDown(Cluster, CheckBrokerId(brokerId)));

    /// <summary>Lets the broker accept connections again.</summary>
    public void SetBrokerUp(int brokerId) =>
        ThrowIfFailed(NativeMethods.MockBrokerSetUp(Cluster, CheckBrokerId(brokerId)));

    /// <summary>Delays every answer of one broker by <paramref name="rtt"/>.</summary>
    public void SetBrokerRtt(int brokerId, TimeSpan rtt) =>
        ThrowIfFailed(NativeMethods.MockBrokerSetRtt(Cluster, CheckBrokerId(brokerId), Milliseconds(rtt)));

    /// <summary>Delays every answer of every broker by <paramref name="rtt"/>.</summary>
    public void SetRtt(TimeSpan rtt) =>
        ThrowIfFailed(NativeMethods.MockBrokerSetRtt(Cluster, AllBrokers, Milliseconds(rtt)));

    /// <summary>
    /// Fails the next requests of type <paramref name="apiKey"/> (see <see cref="KafkaApiKeys"/>), one error
    /// each, in order, whichever broker receives them. <see cref="ErrorCode.Local_Transport"/> disconnects.
    /// </summary>
    public unsafe void PushRequestErrors(short apiKey, params ErrorCode[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var codes = Array.ConvertAll(errors, error => (int)error);
        fixed (int* first = codes)
        {
            NativeMethods.MockPushRequestErrorsArray(Cluster, apiKey, (nuint)codes.Length, first);
        }
    }

    /// <summary>Stops the brokers and drops their data. Dispose the cluster's clients first.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        NativeMethods.MockClusterDestroy(_cluster);
        NativeMethods.Destroy(_handle);
    }

    private nint Cluster
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _cluster;
        }
    }

    private int CheckBrokerId(int brokerId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(brokerId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(brokerId, BrokerCount);
        return brokerId;
    }

    private static int Milliseconds(TimeSpan rtt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rtt, TimeSpan.Zero);
        return checked((int)rtt.TotalMilliseconds);
    }

    private static void ThrowIfFailed(int errorCode)
    {
        if (errorCode != 0)
        {
            throw new KafkaException((ErrorCode)errorCode);
        }
    }

    private static unsafe string Text(byte* nulTerminated) =>
        Marshal.PtrToStringUTF8((nint)nulTerminated) ?? "";
}
