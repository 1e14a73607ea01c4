namespace ServerlessIm.IntegrationTests.LocalRunner;

/// <summary>Records every batch a function was called with, failing the calls a test says should fail.</summary>
public sealed class BatchRecorder(Func<int, bool> failsOnCall)
{
    private readonly List<string[]> _calls = [];
    private readonly List<string> _applied = [];

    public IReadOnlyList<string[]> Calls
    {
        get
        {
            lock (_calls)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>The events of the calls that returned, in order.</summary>
    public IReadOnlyList<string> Applied
    {
        get
        {
            lock (_calls)
            {
                return _applied.ToList();
            }
        }
    }

    public Task RecordAsync(string[] events)
    {
        lock (_calls)
        {
            _calls.Add(events);
            if (failsOnCall(_calls.Count))
            {
                throw new InvalidOperationException($"Call {_calls.Count} fails, as the test asked.");
            }

            _applied.AddRange(events);
        }

        return Task.CompletedTask;
    }
}
