using Microsoft.Extensions.Logging;
using ServerlessIm.Bench;
using ServerlessIm.Bench.Correctness;
using ServerlessIm.Bench.Measurements;
using ServerlessIm.Bench.Scenarios;
using ServerlessIm.Local.Hosting;

// Measures the product on this machine: two local regions, real Kafka protocol and Cosmos protocol servers.
var options = BenchOptions.Parse(args);
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(15));

Console.WriteLine($"ServerlessIm benchmark: {options.Senders} senders x {options.MessagesPerSender} messages "
    + $"into {options.Conversations} conversations per scenario; {Environment.ProcessorCount} cores");

var startedAt = System.Diagnostics.Stopwatch.GetTimestamp();
await using var deployment = await LocalDeployment.StartAsync(
    new LocalDeploymentOptions
    {
        Ports = [0, 0],
        ConfigureLogging = static (_, logging) => logging.SetMinimumLevel(LogLevel.Warning),
    },
    cancel.Token);
Console.WriteLine($"two regions ready in {System.Diagnostics.Stopwatch.GetElapsedTime(startedAt).TotalSeconds:F1} s; "
    + MemoryFigures.Now());

var (a, b) = (deployment.Regions[0], deployment.Regions[1]);
var scenario = new SendScenario(new Users(deployment), options);
var results = new List<ScenarioResult>
{
    await scenario.RunAsync($"sequenced in {a.Region}, seen in {b.Region}", a, a, b, cancel.Token),
    await scenario.RunAsync($"sent in {b.Region}, homed in {a.Region}", b, a, b, cancel.Token),
};

foreach (var result in results)
{
    Console.WriteLine();
    Console.WriteLine($"{result.Name}: {result.Messages} messages in {result.Elapsed.TotalSeconds:F1} s, "
        + $"{result.MessagesPerSecond:F0} msg/s");
    Console.WriteLine($"  send answered     {result.SendLatency.Summary()}");
    Console.WriteLine($"  seen by watcher   {result.VisibleLatency.Summary()}");
}

Console.WriteLine();
foreach (var region in deployment.Regions)
{
    var r = region.Replication;
    Console.WriteLine($"{region.Region}: applied {r.Applied}, duplicates {r.Duplicates}, parked {r.Parked}, "
        + $"repaired {r.Repaired}, last replication lag {r.LastLagMs} ms");
}

Console.WriteLine($"memory after load: {MemoryFigures.Now()}");

var problems = await CorrectnessReport.CheckAsync(
    deployment,
    results[0].Name.Replace(' ', '-') + "-watcher",
    results[0].ConversationIds,
    results[0].Messages);
problems = [.. problems, .. await CorrectnessReport.CheckAsync(
    deployment,
    results[1].Name.Replace(' ', '-') + "-watcher",
    results[1].ConversationIds,
    results[1].Messages)];
Console.WriteLine(problems.Count == 0
    ? "correctness: every message once in both regions, same seq order, no hole, device order kept"
    : "correctness FAILED:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
return problems.Count == 0 ? 0 : 1;
