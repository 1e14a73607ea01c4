using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ServerlessIm.Functions.Replication;

namespace ServerlessIm.UnitTests.Metadata;

/// <summary>
/// Reads the <c>functions.metadata</c> and <c>host.json</c> the worker SDK wrote for the Function App (the build
/// copies them beside this assembly) and checks what the Functions host will index from them.
/// </summary>
public sealed partial class FunctionsMetadataTests
{
    private static readonly Lazy<JsonArray> Functions =
        new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))!
            .AsArray());

    [Theory]
    [InlineData("CreateConversation", "conversations", "post")]
    [InlineData("ListConversations", "conversations", "get")]
    [InlineData("GetConversation", "conversations/{conversationId}", "get")]
    [InlineData("SendMessage", "conversations/{conversationId}/messages", "post")]
    [InlineData("ListMessages", "conversations/{conversationId}/messages", "get")]
    [InlineData("Health", "health", "get")]
    [InlineData("ListPeerMessages", "replication/conversations/{conversationId}/messages", "get")]
    public void HttpFunction_IsIndexedWithItsRouteAndMethod(string name, string route, string method)
    {
        var trigger = Trigger(name);

        Assert.Equal("httpTrigger", (string?)trigger["type"]);
        Assert.Equal(route, (string?)trigger["route"]);
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("Anonymous", (string?)trigger["authLevel"]);
    }

    [Fact]
    public void ApplyPeerEvents_IsABatchedKafkaTriggerOnThePeerTopicFromSettings()
    {
        var trigger = Trigger("ApplyPeerEvents");

        Assert.Equal("kafkaTrigger", (string?)trigger["type"]);
        Assert.Equal("In", (string?)trigger["direction"]);
        Assert.Equal("%PeerKafka:Brokers%", (string?)trigger["brokerList"]);
        Assert.Equal("%PeerKafka:Topic%", (string?)trigger["topic"]);
        Assert.Equal("%PeerKafka:ConsumerGroup%", (string?)trigger["consumerGroup"]);
        Assert.Equal("%PeerKafka:Username%", (string?)trigger["username"]);
        Assert.Equal("%PeerKafka:Password%", (string?)trigger["password"]);
        Assert.Equal(("SaslSsl", "Plain"), ((string?)trigger["protocol"], (string?)trigger["authenticationMode"]));
        Assert.Equal("Many", (string?)trigger["cardinality"]);
        Assert.Equal("String", (string?)trigger["dataType"]);
    }

    [Fact]
    public void ApplyPeerEvents_RetriesAFailedBatchWithBackoff()
    {
        var retry = Function("ApplyPeerEvents")["retry"];

        Assert.Equal("exponentialBackoff", (string?)retry?["strategy"]);
        Assert.True((int?)retry?["maxRetryCount"] > 0);
    }

    [Theory]
    [InlineData("SweepOutbox", ReplicationSchedules.Sweep)]
    [InlineData("RepairGaps", ReplicationSchedules.Repair)]
    [InlineData("PublishHeartbeat", ReplicationSchedules.Heartbeat)]
    public void ReplicationTimer_RunsOnTheScheduleOfItsSetting(string name, string schedule)
    {
        var trigger = Trigger(name);

        Assert.Equal("timerTrigger", (string?)trigger["type"]);
        Assert.Equal(schedule, (string?)trigger["schedule"]);
    }

    [Fact]
    public void EverySettingExpression_NamesAnAppSettingByItsConfigurationKey()
    {
        var expressions = Functions.Value
            .SelectMany(f => f!["bindings"]!.AsArray())
            .SelectMany(b => b!.AsObject())
            .Select(p => p.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : "")
            .Where(text => text.Contains('%', StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(expressions);
        Assert.All(expressions, e => Assert.Matches(SettingExpression(), e));
    }

    [Fact]
    public void HostJson_KafkaExtensionNeverCommitsAFailedBatch()
    {
        var kafka = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")))!
            ["extensions"]?["kafka"];

        Assert.False((bool?)kafka?["commitOnFailure"]);
        Assert.Equal(-1, (int?)kafka?["maxRetries"]);
        Assert.Equal("Earliest", (string?)kafka?["autoOffsetReset"]);
    }

    // The host resolves %Section:Key% from the app setting Section__Key; an app setting name with '__' inside
    // the percent signs would not resolve.
    [GeneratedRegex("^%[A-Za-z]+:[A-Za-z]+%$")]
    private static partial Regex SettingExpression();

    private static JsonObject Function(string name) =>
        Assert.Single(Functions.Value, f => (string?)f!["name"] == name)!.AsObject();

    private static JsonObject Trigger(string name) =>
        Assert.Single(
            Function(name)["bindings"]!.AsArray(),
            b => ((string?)b!["type"])!.EndsWith("Trigger", StringComparison.Ordinal))!.AsObject();
}
