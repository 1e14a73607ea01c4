using Microsoft.Extensions.Configuration;

namespace ServerlessIm.Local.Triggers.Kafka;

/// <summary>
/// Where a Kafka-triggered function reads from, taken from its trigger attribute (app setting expressions
/// resolved). The attribute is read by its official property names, the contract the host relies on too.
/// </summary>
internal sealed record KafkaTriggerSettings(string Brokers, string Topic, string ConsumerGroup, int MaxBatchSize)
{
    public const string AttributeName = "KafkaTriggerAttribute";

    /// <summary>The Kafka extension's default <c>maxBatchSize</c>.</summary>
    public const int DefaultMaxBatchSize = 64;

    public static KafkaTriggerSettings From(FunctionMethod function, IConfiguration configuration)
    {
        var trigger = function.Trigger;
        string Read(string property) =>
            BindingExpressions.Resolve(configuration, Text(trigger, property))
            ?? throw new InvalidOperationException($"Function '{function.Name}' has no Kafka trigger {property}.");

        var isBatched = trigger.GetType().GetProperty("IsBatched")?.GetValue(trigger) is true;
        return new KafkaTriggerSettings(
            Read("BrokerList"),
            Read("Topic"),
            Read("ConsumerGroup"),
            isBatched ? DefaultMaxBatchSize : 1);
    }

    private static string? Text(Attribute trigger, string property) =>
        trigger.GetType().GetProperty(property)?.GetValue(trigger) as string;
}
