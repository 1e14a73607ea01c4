using System.Collections.Concurrent;
using System.Globalization;
using Xunit.Abstractions;

namespace ServerlessIm.BrowserTests.Hosting;

/// <summary>
/// One timeline of what the regions logged and what the pages printed to their consoles, written to the test's
/// output at the end, so a failure shows the server's and the browser's side together.
/// </summary>
internal sealed class RunLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Add(string source, string line) =>
        _lines.Enqueue(
            $"{DateTimeOffset.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)} [{source}] {line}");

    public void WriteTo(ITestOutputHelper output)
    {
        try
        {
            while (_lines.TryDequeue(out var line))
            {
                output.WriteLine(line);
            }
        }
        catch (InvalidOperationException)
        {
            // The test's output is already closed; nothing more can be shown.
        }
    }
}
