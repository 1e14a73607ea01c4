using Microsoft.Playwright;

namespace ServerlessIm.BrowserTests.Hosting;

/// <summary>Debian's Chromium, driven headless by Playwright; the tests never download a browser.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // Headless on a machine without a display, a GPU, a sandbox-capable kernel setup, or network access.
    private static readonly string[] Arguments =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive Chromium at {ExecutablePath}, which is not installed. " +
                "Install it with `apt-get install chromium` (Debian), then run the tests again.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Arguments,
        });
    }
}
