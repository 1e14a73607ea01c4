using System.Text.Json.Nodes;
using ServerlessIm.Core.Conversations;
using ServerlessIm.Core.Messages;
using ServerlessIm.Core.Replication;
using ServerlessIm.Infrastructure.Replication;

namespace ServerlessIm.UnitTests.Replication;

public sealed class ReplicationEventJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Message SampleMessage =
        new("c1", 7, 2, "region-a", "alice", "phone", 3, "m-3", "hello", "region-b", Now, Now);

    public static TheoryData<string> EventsOfEachType() =>
    [
        ReplicationEventJson.Serialize(ReplicationEvent.Sequenced(SampleMessage, "region-a", Now)),
        ReplicationEventJson.Serialize(ReplicationEvent.Submitted(
            new Submission("c1", "alice", "phone", 3, "m-3", "hello", "region-b", Now), "region-b", Now)),
        ReplicationEventJson.Serialize(ReplicationEvent.Changed(
            new Conversation("c1", "Team", ["alice", "bob"], "region-a", 1, "alice", Now, 4), "region-a", Now)),
        ReplicationEventJson.Serialize(ReplicationEvent.Beat(new RegionHeartbeat("region-a", Now, "0.1.0"), Now)),
    ];

    [Fact]
    public void Serialize_SequencedEvent_WritesTheCamelCaseEnvelopeWithOnlyItsPayload()
    {
        var json = JsonNode.Parse(
            ReplicationEventJson.Serialize(ReplicationEvent.Sequenced(SampleMessage, "region-a", Now)))!.AsObject();

        Assert.Equal(
            ["type", "version", "eventId", "sourceRegion", "occurredAt", "message"],
            json.Select(p => p.Key));
        Assert.Equal("message.sequenced", (string?)json["type"]);
        Assert.Equal(1, (int?)json["version"]);
        Assert.Equal("seq-c1-7-2", (string?)json["eventId"]);
        Assert.Equal(7, (long?)json["message"]?["seq"]);
        Assert.Equal("region-b", (string?)json["message"]?["submittedIn"]);
        Assert.Null(json["message"]?["device"]);
    }

    [Theory]
    [MemberData(nameof(EventsOfEachType))]
    public void Deserialize_WhatSerializeWrote_ReadsTheSameEvent(string json)
    {
        var replicationEvent = ReplicationEventJson.Deserialize(json);

        Assert.Equal(json, ReplicationEventJson.Serialize(replicationEvent));
    }

    [Fact]
    public void Deserialize_UnknownFields_IgnoresThem()
    {
        var json = JsonNode.Parse(
            ReplicationEventJson.Serialize(ReplicationEvent.Sequenced(SampleMessage, "region-a", Now)))!.AsObject();
        json["traceId"] = "abc";
        json["message"]!["reactions"] = new JsonArray();

        var replicationEvent = ReplicationEventJson.Deserialize(json.ToJsonString());

        Assert.Equal(SampleMessage, replicationEvent.Message);
    }

    [Theory]
    [InlineData("""{"type":"message.sequenced","version":1,"eventId":"e","sourceRegion":"a"}""")]
    [InlineData("""{"type":"message.sequenced","version":1,"eventId":"e","sourceRegion":"a","occurredAt":"x"}""")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("")]
    public void Deserialize_NotAnEvent_ThrowsMalformed(string json)
    {
        Assert.Throws<MalformedEventException>(() => ReplicationEventJson.Deserialize(json));
    }

    [Fact]
    public void Deserialize_MessageWithoutABody_ThrowsMalformed()
    {
        var json = JsonNode.Parse(
            ReplicationEventJson.Serialize(ReplicationEvent.Sequenced(SampleMessage, "region-a", Now)))!.AsObject();
        json["message"]!.AsObject().Remove("body");

        Assert.Throws<MalformedEventException>(() => ReplicationEventJson.Deserialize(json.ToJsonString()));
    }

    [Fact]
    public void Deserialize_NewerVersionOfAnotherShape_ReturnsItsEnvelopeToSkip()
    {
        const string Json = """{"type":"message.sequenced","version":2,"eventId":"e9","message":"a new shape"}""";

        var replicationEvent = ReplicationEventJson.Deserialize(Json);

        Assert.Equal((EventTypes.MessageSequenced, 2, "e9"), (replicationEvent.Type, replicationEvent.Version,
            replicationEvent.EventId));
        Assert.Null(replicationEvent.Message);
    }
}
