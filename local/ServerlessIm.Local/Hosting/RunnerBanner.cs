using ServerlessIm.Local.Faults;
using ServerlessIm.Local.SignIn;

namespace ServerlessIm.Local.Hosting;

/// <summary>What the runner prints once everything listens; tests wait for its last line.</summary>
internal static class RunnerBanner
{
    public const string ReadyLine = "Ready. Ctrl+C stops everything.";

    public static void Write(TextWriter output, LocalDeployment deployment, TimeSpan startedIn)
    {
        var first = deployment.Regions[0];
        output.WriteLine("ServerlessIm local runner");
        output.WriteLine($"  Cosmos DB      {deployment.Cosmos.Endpoint} (node pid {deployment.Cosmos.ProcessId})");
        foreach (var region in deployment.Regions)
        {
            output.WriteLine($"  {region.Region,-14} {new Uri(region.BaseUrl, "api/")}");
            output.WriteLine($"  {"",-14}   page   {region.BaseUrl}");
            output.WriteLine($"  {"",-14}   hub    {region.HubUrl}");
            output.WriteLine($"  {"",-14}   kafka  {deployment.KafkaOf(region.Region).BootstrapServers}" +
                $" topic {RegionHostOptions.TopicOf(region.Region)}");
        }

        output.WriteLine($"  Sign in        POST {new Uri(first.BaseUrl, DevelopmentSignIn.Route.TrimStart('/'))} " +
            "{\"userId\":\"alice\"}");
        output.WriteLine($"  Faults         {new Uri(first.BaseUrl, FaultEndpoints.Prefix.TrimStart('/'))} " +
            "(see docs/local-runner.md)");
        output.WriteLine($"  Started in     {startedIn.TotalSeconds:0.0} s");
        output.WriteLine(ReadyLine);
        output.Flush();
    }
}
