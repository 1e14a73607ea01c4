using ServerlessIm.BrowserTests.Hosting;
using ServerlessIm.BrowserTests.Pages;
using Xunit.Abstractions;
using static ServerlessIm.BrowserTests.Hosting.BrowserRun;

namespace ServerlessIm.BrowserTests;

/// <summary>Two users, each on the page of their own region, chat in real time.</summary>
public sealed class ChatAcrossRegionsTests(ITestOutputHelper output) : BrowserTest(output)
{
    [Fact]
    public async Task Chat_UsersInDifferentRegions_BothPagesShowTheSameMessagesInOneOrder()
    {
        var alice = await Run.OpenPageAsync(RegionA, "alice");
        var bob = await Run.OpenPageAsync(RegionB, "bob");
        await alice.ExpectRegionAsync(RegionA);
        await bob.ExpectRegionAsync(RegionB);
        var conversation = await alice.CreateConversationAsync("bob");
        await bob.OpenConversationAsync(conversation);

        await alice.SendAsync("Hello Bob, from Europe");
        await bob.SendAsync("Hi Alice, from Asia");
        await alice.SendAsync("How is the weather?");
        await bob.SendAsync("Warm. And yours?");
        var alicesView = await alice.SequencedMessagesAsync(4);
        var bobsView = await bob.SequencedMessagesAsync(4);

        Assert.Equal(alicesView, bobsView);
        Assert.Equal([1L, 2, 3, 4], alicesView.Select(static m => m.Seq));
        Assert.Equal(
            ["Hello Bob, from Europe", "How is the weather?"],
            alicesView.Where(static m => m.Sender == "alice").Select(static m => m.Body));
        Assert.Equal(
            ["Hi Alice, from Asia", "Warm. And yours?"],
            alicesView.Where(static m => m.Sender == "bob").Select(static m => m.Body));
        await Screenshots.TakeAsync(alice.Page, "chat-across-regions-alice", Output);
        await Screenshots.TakeAsync(bob.Page, "chat-across-regions-bob", Output);
    }
}
