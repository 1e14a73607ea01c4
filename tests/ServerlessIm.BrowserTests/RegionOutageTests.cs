using ServerlessIm.BrowserTests.Hosting;
using ServerlessIm.BrowserTests.Pages;
using Xunit.Abstractions;
using static ServerlessIm.BrowserTests.Hosting.BrowserRun;

namespace ServerlessIm.BrowserTests;

/// <summary>A region goes down under a page: the page moves to the other region by itself and loses nothing.</summary>
public sealed class RegionOutageTests(ITestOutputHelper output) : BrowserTest(output)
{
    [Fact]
    public async Task Chat_PageRegionGoesDownAndReturns_PageSwitchesItselfAndNothingIsLostOrShownTwice()
    {
        var alice = await Run.OpenPageAsync(RegionA, "alice");
        var bob = await Run.OpenPageAsync(RegionB, "bob");
        var homedInB = await bob.CreateConversationAsync("alice");
        var homedInA = await alice.CreateConversationAsync("bob");
        await bob.OpenConversationAsync(homedInA);
        await alice.SendAsync("before the outage");
        await bob.ExpectSequencedAsync("before the outage");

        await Run.TakeDownAsync(RegionA);
        await alice.SendAsync("during the outage, first");
        await alice.ExpectRegionAsync(RegionB);
        await alice.SendAsync("during the outage, second");
        await bob.SendAsync("bob during the outage");
        await alice.ExpectPendingAsync("during the outage, first", RegionA);
        await alice.ExpectPendingAsync("during the outage, second", RegionA);
        await bob.ExpectPendingAsync("bob during the outage", RegionA);
        await Screenshots.TakeAsync(alice.Page, "region-outage-alice-pending", Output);
        await alice.OpenConversationAsync(homedInB);
        await alice.SendAsync("to a conversation homed in the region still up");
        await alice.ExpectSequencedAsync("to a conversation homed in the region still up");

        await Run.BringUpAsync(RegionA);
        await alice.OpenConversationAsync(homedInA);
        var alicesView = await alice.SequencedMessagesAsync(4);
        var bobsView = await bob.SequencedMessagesAsync(4);

        Assert.Equal(alicesView, bobsView);
        Assert.Equal([1L, 2, 3, 4], alicesView.Select(static m => m.Seq));
        Assert.Equal(4, alicesView.Select(static m => m.Body).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["before the outage", "during the outage, first", "during the outage, second"],
            alicesView.Where(static m => m.Sender == "alice").Select(static m => m.Body));
        Assert.Contains(alicesView, static m => m.Body == "bob during the outage");
        await alice.ExpectRegionAsync(RegionB);
        await Screenshots.TakeAsync(alice.Page, "region-outage-alice-after", Output);
        await Screenshots.TakeAsync(bob.Page, "region-outage-bob-after", Output);
    }
}
