using System.Diagnostics;
using System.Runtime.InteropServices;
using ServerlessIm.Local.Hosting;

// Two regions of ServerlessIm on this machine: see docs/local-runner.md.
var started = Stopwatch.StartNew();
var options = RunnerArguments.Parse(args);

using var stopping = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

LocalDeployment deployment;
try
{
    deployment = await LocalDeployment.StartAsync(options, stopping.Token);
}
catch (OperationCanceledException)
{
    return 130;
}

await using (deployment)
{
    RunnerBanner.Write(Console.Out, deployment, started.Elapsed);
    try
    {
        await Task.Delay(Timeout.Infinite, stopping.Token);
    }
    catch (OperationCanceledException)
    {
        Console.Out.WriteLine("Stopping: regions, then Kafka, then Cosmos.");
    }
}

Console.Out.WriteLine("Stopped.");
return 0;

void Stop(PosixSignalContext context)
{
    // Shut down in order instead of letting the runtime end the process at once.
    context.Cancel = true;
    stopping.Cancel();
}
