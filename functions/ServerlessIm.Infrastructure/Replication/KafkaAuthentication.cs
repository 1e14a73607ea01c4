namespace ServerlessIm.Infrastructure.Replication;

/// <summary>How the producer signs in to the region's Kafka endpoint.</summary>
public enum KafkaAuthentication
{
    /// <summary>Plaintext, no sign-in: the local mock cluster only.</summary>
    None,

    /// <summary>SASL_SSL with OAUTHBEARER tokens of the Function App's managed identity (Event Hubs).</summary>
    ManagedIdentity,
}
