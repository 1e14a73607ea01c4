namespace ServerlessIm.Infrastructure.Replication;

/// <summary>This region's topic, which the replication events are produced to.</summary>
public sealed class KafkaOptions
{
    public const string SectionName = "Kafka";

    /// <summary>
    /// <c>host:port</c> pairs separated by commas; in Azure <c>&lt;namespace&gt;.servicebus.windows.net:9093</c>.
    /// </summary>
    public string BootstrapServers { get; set; } = "";

    /// <summary>This region's topic, <c>serverlessim-&lt;region&gt;</c>.</summary>
    public string Topic { get; set; } = "";

    public KafkaAuthentication Authentication { get; set; } = KafkaAuthentication.None;

    /// <summary>
    /// How long one publish may take before it fails. Short on purpose: a publish that cannot succeed must
    /// give up within seconds so the caller answers, and the sweeper republishes the stored record later.
    /// </summary>
    public TimeSpan MessageTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
