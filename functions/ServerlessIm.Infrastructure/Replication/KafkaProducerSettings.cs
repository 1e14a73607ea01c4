using Confluent.Kafka;
using Microsoft.Extensions.Options;

namespace ServerlessIm.Infrastructure.Replication;

/// <summary>The producer configuration that makes a publish either durable or a prompt failure.</summary>
public static class KafkaProducerSettings
{
    public static ProducerConfig Create(KafkaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var config = new ProducerConfig
        {
            BootstrapServers = options.BootstrapServers,
            ClientId = "serverlessim-" + options.Topic,
            // Durable means written to every in-sync replica; idempotence makes the producer's own retries
            // neither duplicate nor reorder records, so one conversation's events stay in order.
            Acks = Acks.All,
            EnableIdempotence = true,
            MaxInFlight = 5,
            // Lets concurrent sends share a request without making any of them wait noticeably.
            LingerMs = 5,
            // Bounds the whole publish, retries included: a publish that cannot succeed fails within seconds,
            // the caller answers, and the sweeper republishes the stored record later.
            MessageTimeoutMs = (int)options.MessageTimeout.TotalMilliseconds,
            // Event Hubs closes idle connections after four minutes; refresh metadata and keep sockets alive.
            MetadataMaxAgeMs = 180_000,
            SocketKeepaliveEnable = true,
        };

        if (options.Authentication == KafkaAuthentication.ManagedIdentity)
        {
            config.SecurityProtocol = SecurityProtocol.SaslSsl;
            config.SaslMechanism = SaslMechanism.OAuthBearer;
        }
        else
        {
            config.SecurityProtocol = SecurityProtocol.Plaintext;
        }

        return config;
    }

    /// <summary>
    /// The Entra scope of an Event Hubs namespace's Kafka endpoint: <c>https://&lt;host&gt;/.default</c> for
    /// the host of the first bootstrap server.
    /// </summary>
    public static string TokenScope(string bootstrapServers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bootstrapServers);

        var first = bootstrapServers
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var colon = first.LastIndexOf(':');
        var host = colon > 0 ? first[..colon] : first;
        return $"https://{host}/.default";
    }

    private static void Validate(KafkaOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BootstrapServers))
        {
            failures.Add("Set Kafka:BootstrapServers (app setting Kafka__BootstrapServers) to this region's brokers.");
        }

        if (string.IsNullOrWhiteSpace(options.Topic))
        {
            failures.Add("Set Kafka:Topic (app setting Kafka__Topic) to this region's topic, serverlessim-<region>.");
        }

        if (options.MessageTimeout < TimeSpan.FromSeconds(1) || options.MessageTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Kafka:MessageTimeout must be between 00:00:01 and 00:05:00.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(KafkaOptions.SectionName, typeof(KafkaOptions), failures);
        }
    }
}
