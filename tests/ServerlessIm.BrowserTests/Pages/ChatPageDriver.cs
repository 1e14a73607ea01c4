using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ServerlessIm.BrowserTests.Pages;

/// <summary>
/// Drives one chat page through its <c>data-testid</c> elements. Every wait is Playwright's auto-waiting or an
/// expect assertion that polls until its deadline.
/// </summary>
internal sealed class ChatPageDriver(IPage page, string userId)
{
    /// <summary>Long enough for a message to cross regions through Kafka and for the page's 5 s poll.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(45);

    private static readonly float DeadlineMs = (float)Deadline.TotalMilliseconds;

    public IPage Page => page;

    public string UserId => userId;

    private ILocator Messages => page.GetByTestId("messages").GetByTestId("message");

    private ILocator Sequenced => page.Locator("[data-testid=messages] [data-testid=message][data-status=sequenced]");

    public async Task SignInAsync()
    {
        await page.GetByTestId("user-id").FillAsync(userId);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("chat")).ToBeVisibleAsync(new() { Timeout = DeadlineMs });
        await ExpectLiveAsync();
    }

    /// <summary>Waits until the page's realtime connection is up.</summary>
    public Task ExpectLiveAsync() =>
        Expect(page.GetByTestId("realtime"))
            .ToHaveAttributeAsync("data-state", "connected", new() { Timeout = DeadlineMs });

    /// <summary>Waits until the page says it talks to <paramref name="region"/>.</summary>
    public Task ExpectRegionAsync(string region) =>
        Expect(page.GetByTestId("region")).ToHaveTextAsync(region, new() { Timeout = DeadlineMs });

    /// <summary>Clicks the switch button and waits until the page talks to <paramref name="region"/>, live.</summary>
    public async Task SwitchRegionAsync(string region)
    {
        await page.GetByTestId("switch-region").ClickAsync();
        await ExpectRegionAsync(region);
        await ExpectLiveAsync();
    }

    /// <returns>The new conversation's id; the page opens it.</returns>
    public async Task<string> CreateConversationAsync(params string[] members)
    {
        await page.GetByTestId("new-members").FillAsync(string.Join(", ", members));
        await page.GetByTestId("create-conversation").ClickAsync();
        var opened = page.Locator("[data-testid=conversation-item][aria-current=true]");
        await Expect(opened).ToHaveCountAsync(1, new() { Timeout = DeadlineMs });
        return (await opened.GetAttributeAsync("data-conversation-id"))!;
    }

    /// <summary>Opens the conversation once the page lists it (another region's may take a moment to arrive).</summary>
    public async Task OpenConversationAsync(string conversationId)
    {
        var item = page.Locator($"[data-testid=conversation-item][data-conversation-id='{conversationId}']");
        await item.ClickAsync(new() { Timeout = DeadlineMs });
        await Expect(item).ToHaveAttributeAsync("aria-current", "true");
    }

    public async Task SendAsync(string body)
    {
        await page.GetByTestId("composer-input").FillAsync(body);
        await page.GetByTestId("composer-input").PressAsync("Enter");
        await Expect(Message(body)).ToHaveCountAsync(1, new() { Timeout = DeadlineMs });
    }

    /// <summary>The one message with this body, in whatever state the page shows it.</summary>
    public ILocator Message(string body) =>
        Messages.Filter(new() { Has = page.GetByTestId("message-body").GetByText(body, new() { Exact = true }) });

    public Task ExpectPendingAsync(string body, string homeRegion) =>
        Task.WhenAll(
            Expect(Message(body)).ToHaveAttributeAsync("data-status", "pending", new() { Timeout = DeadlineMs }),
            Expect(Message(body).GetByTestId("message-meta"))
                .ToHaveTextAsync($"pending at {homeRegion}", new() { Timeout = DeadlineMs }));

    public Task ExpectSequencedAsync(string body) =>
        Expect(Message(body)).ToHaveAttributeAsync("data-status", "sequenced", new() { Timeout = DeadlineMs });

    /// <summary>Waits until the page shows exactly <paramref name="count"/> messages, all sequenced.</summary>
    public async Task<IReadOnlyList<ShownMessage>> SequencedMessagesAsync(int count)
    {
        await Expect(Sequenced).ToHaveCountAsync(count, new() { Timeout = DeadlineMs });
        await Expect(Messages).ToHaveCountAsync(count, new() { Timeout = DeadlineMs });

        var json = await Sequenced.EvaluateAllAsync<string>(
            """
            items => JSON.stringify(items.map(item => ({
              seq: Number(item.dataset.seq),
              sender: item.dataset.sender,
              body: item.querySelector('[data-testid=message-body]').textContent,
            })))
            """);
        return JsonSerializer.Deserialize<List<ShownMessage>>(json, JsonSerializerOptions.Web)!;
    }
}
