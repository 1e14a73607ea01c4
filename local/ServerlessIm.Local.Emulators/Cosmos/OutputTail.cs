using System.Diagnostics;

namespace ServerlessIm.Local.Emulators.Cosmos;

/// <summary>
/// Drains a child's standard error, so that it never blocks on a full pipe, and keeps its last lines
/// to explain a failure.
/// </summary>
internal sealed class OutputTail
{
    private const int MaxLines = 40;
    private readonly Queue<string> _lines = new();

    public static OutputTail Attach(Process process)
    {
        var tail = new OutputTail();
        process.ErrorDataReceived += (_, line) => tail.Add(line.Data);
        process.BeginErrorReadLine();
        return tail;
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join(Environment.NewLine, _lines);
        }
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
