using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ServerlessIm.BrowserTests.Pages;

/// <summary>Keeps screenshots as test artifacts under the test output's TestResults/screenshots.</summary>
internal static class Screenshots
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<string> TakeAsync(IPage page, string name, ITestOutputHelper output)
    {
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
        return path;
    }
}
