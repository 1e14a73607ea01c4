using ServerlessIm.Bench.Measurements;

namespace ServerlessIm.Bench.Scenarios;

/// <summary>What one scenario measured.</summary>
internal sealed record ScenarioResult(
    string Name,
    int Messages,
    TimeSpan Elapsed,
    Latencies SendLatency,
    Latencies VisibleLatency,
    IReadOnlyList<string> ConversationIds)
{
    public double MessagesPerSecond => Messages / Elapsed.TotalSeconds;
}
