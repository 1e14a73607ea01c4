using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using ServerlessIm.BrowserTests.Pages;
using ServerlessIm.Local.Hosting;
using Xunit.Abstractions;

namespace ServerlessIm.BrowserTests.Hosting;

/// <summary>
/// The local runner's two regions in this process on free ports, and a headless Chromium whose pages open
/// them. Disposing closes the browser, then stops the regions and their Kafka and Cosmos servers.
/// </summary>
internal sealed class BrowserRun : IAsyncDisposable
{
    public const string RegionA = "westeurope";
    public const string RegionB = "southeastasia";

    private readonly ITestOutputHelper _output;
    private readonly List<ChatPageDriver> _pages = [];
    private LocalDeployment? _deployment;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private BrowserRun(ITestOutputHelper output)
    {
        _output = output;
    }

    public RunLog Log { get; } = new();

    public LocalDeployment Deployment => _deployment ?? throw new InvalidOperationException("Not started.");

    public static async Task<BrowserRun> StartAsync(ITestOutputHelper output)
    {
        var run = new BrowserRun(output);
        try
        {
            // Fail on a missing browser before spending time on the regions.
            run._playwright = await Playwright.CreateAsync();
            run._browser = await Chromium.LaunchAsync(run._playwright);
            run._deployment = await LocalDeployment.StartAsync(new LocalDeploymentOptions
            {
                Regions = [RegionA, RegionB],
                Ports = [0, 0],
                ConfigureLogging = (region, logging) => logging.AddProvider(new RunLogProvider(run.Log, region)),
            });
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens the page served by <paramref name="region"/> in a fresh browser context, signed in.</summary>
    public async Task<ChatPageDriver> OpenPageAsync(string region, string userId)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1200, Height = 760 },
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => Log.Add($"page {userId}", $"{message.Type}: {message.Text}");
        page.PageError += (_, error) => Log.Add($"page {userId}", $"uncaught: {error}");

        var driver = new ChatPageDriver(page, userId);
        _pages.Add(driver);
        await page.GotoAsync(Deployment[region].BaseUrl.ToString());
        await driver.SignInAsync();
        return driver;
    }

    /// <summary>Takes a region down through the runner's fault controls, asked of the other region.</summary>
    public Task TakeDownAsync(string region) => SetFaultAsync(region, "down");

    public Task BringUpAsync(string region) => SetFaultAsync(region, "up");

    public async ValueTask DisposeAsync()
    {
        foreach (var page in _pages)
        {
            await page.Page.Context.CloseAsync();
        }

        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_deployment is not null)
        {
            await _deployment.DisposeAsync();
        }

        Log.WriteTo(_output);
    }

    private async Task SetFaultAsync(string region, string state)
    {
        var other = Deployment.Regions.First(r => r.Region != region);
        using var client = other.CreateClient();
        var route = new Uri($"api/dev/faults/regions/{region}/{state}", UriKind.Relative);
        using var response = await client.PostAsync(route, null);
        response.EnsureSuccessStatusCode();
        Log.Add("test", $"region {region} is {state}");
    }
}
