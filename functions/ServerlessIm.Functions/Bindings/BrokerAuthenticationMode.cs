namespace ServerlessIm.Functions.Bindings;

/// <summary>
/// <c>sasl.mechanism</c> of the Kafka trigger's consumer, by the official Kafka extension's names and values.
/// </summary>
public enum BrokerAuthenticationMode
{
    NotSet = -1,
    Gssapi,
    Plain,
    ScramSha256,
    ScramSha512,
    OAuthBearer,
}
