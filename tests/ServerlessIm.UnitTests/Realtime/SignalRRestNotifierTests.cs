using Microsoft.Extensions.Logging;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class SignalRRestNotifierTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly RealtimeMetrics _metrics = new("region-a");
    private readonly Mock<ILogger<SignalRRestNotifier>> _logger = new();

    public SignalRRestNotifierTests()
    {
        _logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
    }

    [Fact]
    public void MessageStored_QueuesMessageMethodWithTheMessage()
    {
        var notifier = Notifier(capacity: 10);

        notifier.MessageStored(["alice", "bob"], Message(1));

        Assert.True(notifier.Queued.TryRead(out var push));
        Assert.Equal(ChatHubContract.MessageMethod, push.Method);
        Assert.Equal(["alice", "bob"], push.MemberIds);
        Assert.Equal(1, push.Message.Seq);
        Assert.Equal("sequenced", push.Message.Status);
    }

    [Fact]
    public void MessagePending_QueuesPendingMethod()
    {
        var notifier = Notifier(capacity: 10);
        var submission = new Submission("c1", "alice", "phone", 1, "m-1", "hello", "region-a", SentAt);

        notifier.MessagePending(["alice"], submission);

        Assert.True(notifier.Queued.TryRead(out var push));
        Assert.Equal(ChatHubContract.PendingMethod, push.Method);
        Assert.Equal("pending", push.Message.Status);
        Assert.Null(push.Message.Seq);
    }

    [Fact]
    public void MessageStored_QueueFull_DropsTheOldestWithWarningAndMetric()
    {
        var notifier = Notifier(capacity: 2);

        notifier.MessageStored(["alice"], Message(1));
        notifier.MessageStored(["alice"], Message(2));
        notifier.MessageStored(["alice"], Message(3));

        Assert.True(notifier.Queued.TryRead(out var first));
        Assert.True(notifier.Queued.TryRead(out var second));
        Assert.False(notifier.Queued.TryRead(out _));
        Assert.Equal([2L, 3L], new[] { first.Message.Seq!.Value, second.Message.Seq!.Value });
        Assert.Equal(1, _metrics.Dropped);
        _logger.Verify(
            l => l.Log(
                LogLevel.Warning,
                It.IsAny<EventId>(),
                It.IsAny<It.IsAnyType>(),
                It.IsAny<Exception?>(),
                It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
    }

    [Fact]
    public void MessageStored_NoMembers_QueuesNothing()
    {
        var notifier = Notifier(capacity: 10);

        notifier.MessageStored([], Message(1));

        Assert.False(notifier.Queued.TryRead(out _));
    }

    private SignalRRestNotifier Notifier(int capacity) =>
        new(new SignalROptions { PushQueueCapacity = capacity }, _metrics, _logger.Object);

    private static Message Message(long seq) =>
        new("c1", seq, 1, "region-a", "alice", "phone", seq, $"m-{seq}", "hello", "region-a", SentAt, SentAt);
}
