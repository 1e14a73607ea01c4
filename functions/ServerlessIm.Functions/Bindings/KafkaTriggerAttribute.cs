using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;

namespace ServerlessIm.Functions.Bindings;

/// <summary>
/// The Kafka trigger, declared by the official Kafka extension's contract: the worker SDK names the binding
/// after this class (<c>kafkaTrigger</c>) and writes the properties set here into <c>functions.metadata</c>,
/// where the Functions host's Kafka extension reads them.
/// </summary>
/// <remarks>
/// The worker package that normally declares this attribute is not available to every build of this project,
/// so the attribute is declared here; it is metadata only. Strings may be <c>%Section:Key%</c> expressions,
/// which the host resolves from app settings (<c>Section__Key</c>); enum properties cannot be.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter)]
[BindingCapabilities(KnownBindingCapabilities.FunctionLevelRetry)]
public sealed class KafkaTriggerAttribute(string brokerList, string topic)
    : TriggerBindingAttribute, ISupportCardinality
{
    /// <summary>Comma-separated <c>host:port</c> list of the brokers to consume from.</summary>
    public string BrokerList { get; } = brokerList;

    public string Topic { get; } = topic;

    public string? ConsumerGroup { get; set; }

    /// <summary>SASL mechanism; with Event Hubs, <see cref="BrokerAuthenticationMode.Plain"/>.</summary>
    public BrokerAuthenticationMode AuthenticationMode { get; set; } = BrokerAuthenticationMode.NotSet;

    /// <summary>SASL user name; with Event Hubs, the literal <c>$ConnectionString</c>.</summary>
    public string? Username { get; set; }

    /// <summary>SASL password; with Event Hubs, the namespace's connection string, from Key Vault.</summary>
    public string? Password { get; set; }

    public BrokerProtocol Protocol { get; set; } = BrokerProtocol.NotSet;

    /// <summary>Unprocessed events one instance is expected to handle, for target-based scaling.</summary>
    public long LagThreshold { get; set; } = 1000;

    /// <summary>Whether the function receives an array of events rather than one.</summary>
    [DefaultValue(false)]
    public bool IsBatched { get; set; }

    Cardinality ISupportCardinality.Cardinality
    {
        get => IsBatched ? Cardinality.Many : Cardinality.One;
        set => IsBatched = value == Cardinality.Many;
    }
}
