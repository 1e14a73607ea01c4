using System.Text.Json;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Messages;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class PushedMessageTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset SentAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PushedMessage_Properties_AreThoseOfTheHttpMessageView()
    {
        var pushed = typeof(PushedMessage).GetProperties().Select(static p => (p.Name, p.PropertyType));

        var view = typeof(MessageView).GetProperties().Select(static p => (p.Name, p.PropertyType));

        Assert.Equal(view, pushed);
    }

    [Fact]
    public void Sequenced_Serialized_EqualsTheHttpMessageView()
    {
        var message = new Message(
            "c1", 4, 2, "region-a", "alice", "phone", 3, "m-3", "hello", "region-b", SentAt, SentAt.AddSeconds(1));

        var pushed = JsonSerializer.Serialize(PushedMessage.Sequenced(message), Web);

        Assert.Equal(JsonSerializer.Serialize(MessageView.From(message), Web), pushed);
    }

    [Fact]
    public void Pending_Serialized_EqualsTheHttpMessageViewWithoutHomeRegion()
    {
        var submission = new Submission("c1", "alice", "phone", 3, "m-3", "hello", "region-b", SentAt);

        var pushed = JsonSerializer.Serialize(PushedMessage.Pending(submission), Web);

        Assert.Equal(JsonSerializer.Serialize(MessageView.Pending(submission, null!), Web), pushed);
    }
}
