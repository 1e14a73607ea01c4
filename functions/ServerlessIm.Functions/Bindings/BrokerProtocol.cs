namespace ServerlessIm.Functions.Bindings;

/// <summary>
/// <c>security.protocol</c> of the Kafka trigger's consumer, by the official Kafka extension's names and values
/// (<see cref="NotSet"/> leaves librdkafka's default, plaintext).
/// </summary>
public enum BrokerProtocol
{
    NotSet = -1,
    Plaintext,
    Ssl,
    SaslPlaintext,
    SaslSsl,
}
