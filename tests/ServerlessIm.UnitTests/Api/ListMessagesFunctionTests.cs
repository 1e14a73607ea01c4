using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using ServerlessIm.Core.Messages;
using ServerlessIm.Functions.Api.Messages;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Api;

public sealed class ListMessagesFunctionTests : IDisposable
{
    private readonly FakeRegion _region = new();

    public ListMessagesFunctionTests() => _region.HasConversation("c1", FakeRegion.RegionName, "alice", "bob");

    [Theory]
    [InlineData("?after=-1")]
    [InlineData("?after=abc")]
    [InlineData("?after=1.5")]
    [InlineData("?limit=0")]
    [InlineData("?limit=1000")]
    public async Task RunAsync_BadCursor_Answers400WithoutReading(string query)
    {
        var result = await Function().RunAsync(Requests.Get(query: query), "c1");

        Assert.Equal(400, Answers.Status(result));
        _region.Log.Verify(
            l => l.ReadMessagesAsync(
                It.IsAny<string>(), It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>()),
            Times.Never);
    }

    [Fact]
    public async Task RunAsync_Page_ReturnsMessagesAndTheCursorToContinueFrom()
    {
        var now = _region.Clock.GetUtcNow();
        Message At(long seq) => new("c1", seq, 1, FakeRegion.RegionName, "bob", "d", seq, $"m{seq}", "hi",
            FakeRegion.RegionName, now, now);
        _region.Log.Setup(l => l.ReadMessagesAsync("c1", 10, 2, It.IsAny<CancellationToken>()))
            .ReturnsAsync([At(11), At(12)]);

        var result = await Function().RunAsync(Requests.Get(query: "?after=10&limit=2"), "c1");

        var page = Answers.Value<MessagePage>(result);
        Assert.Equal([11L, 12L], page.Messages.Select(m => m.Seq!.Value));
        Assert.Equal(12, page.Next);
    }

    [Fact]
    public async Task RunAsync_EmptyPage_KeepsTheCursor()
    {
        _region.Log.Setup(l => l.ReadMessagesAsync("c1", 7, 50, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var result = await Function().RunAsync(Requests.Get(query: "?after=7"), "c1");

        Assert.Equal(7, Answers.Value<MessagePage>(result).Next);
    }

    [Fact]
    public async Task RunAsync_NonMember_Answers403()
    {
        _region.HasConversation("c2", FakeRegion.RegionName, "bob");

        var result = await Function().RunAsync(Requests.Get(), "c2");

        Assert.Equal(403, Answers.Status(result));
    }

    public void Dispose() => _region.Dispose();

    private ListMessagesFunction Function() => new(
        _region.Authentication,
        _region.Conversations.Object,
        _region.Log.Object,
        NullLogger<ListMessagesFunction>.Instance);
}
