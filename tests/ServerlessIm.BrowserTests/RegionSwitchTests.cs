using ServerlessIm.BrowserTests.Hosting;
using ServerlessIm.BrowserTests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ServerlessIm.BrowserTests.Hosting.BrowserRun;

namespace ServerlessIm.BrowserTests;

/// <summary>A user moves their page to the other region by hand and carries on where they were.</summary>
public sealed class RegionSwitchTests(ITestOutputHelper output) : BrowserTest(output)
{
    [Fact]
    public async Task SwitchRegion_ButtonClicked_PageCarriesOnInTheOtherRegion()
    {
        var alice = await Run.OpenPageAsync(RegionA, "alice");
        var bob = await Run.OpenPageAsync(RegionB, "bob");
        var conversation = await alice.CreateConversationAsync("bob");
        await alice.SendAsync("sent through the first region");
        await bob.OpenConversationAsync(conversation);
        await bob.ExpectSequencedAsync("sent through the first region");

        await alice.SwitchRegionAsync(RegionB);
        await alice.SendAsync("sent through the second region");
        await bob.SendAsync("answered in the second region");
        var alicesView = await alice.SequencedMessagesAsync(3);
        var bobsView = await bob.SequencedMessagesAsync(3);

        Assert.Equal(alicesView, bobsView);
        Assert.Equal(
            ["sent through the first region", "sent through the second region"],
            alicesView.Where(static m => m.Sender == "alice").Select(static m => m.Body));
        await Expect(alice.Message("sent through the second region").GetByTestId("message-meta"))
            .ToContainTextAsync($"via {RegionB}");
        await alice.ExpectLiveAsync();
        await Screenshots.TakeAsync(alice.Page, "region-switch-alice", Output);
    }
}
