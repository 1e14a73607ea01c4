namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>Awaits a condition with a deadline, checking it every few milliseconds.</summary>
internal static class Eventually
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    public static async Task TrueAsync(Func<bool> condition, TimeSpan deadline, string what)
    {
        await TrueAsync(() => Task.FromResult(condition()), deadline, what);
    }

    /// <param name="interval">Between checks; a check that loads the system under test wants a longer one.</param>
    public static async Task TrueAsync(
        Func<Task<bool>> condition,
        TimeSpan deadline,
        string what,
        TimeSpan? interval = null)
    {
        var until = DateTimeOffset.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > until)
            {
                throw new TimeoutException($"Not within {deadline}: {what}");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }
}
