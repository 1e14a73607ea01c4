namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>
/// A lock that test hosts running side by side share through an exclusively opened file.
/// The operating system releases it when the holder exits, even by a crash.
/// </summary>
internal static class CrossProcessLock
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);

    public static async Task<IDisposable> AcquireAsync(
        string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTimeOffset.UtcNow < deadline)
            {
                // Another process holds it; poll, since a file lock offers nothing to wait on.
                await Task.Delay(RetryInterval, cancellationToken);
            }
            catch (IOException exception)
            {
                throw new TimeoutException($"The lock file {path} stayed held for {timeout}.", exception);
            }
        }
    }
}
