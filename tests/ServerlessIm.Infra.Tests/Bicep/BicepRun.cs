namespace ServerlessIm.Infra.Tests.Bicep;

/// <summary>What one run of the Bicep CLI printed, and how it ended.</summary>
internal sealed record BicepRun(int ExitCode, string Output, string Error)
{
    /// <summary>Diagnostics of a run with <c>--diagnostics-format sarif</c>, from either stream.</summary>
    public SarifReport Sarif => SarifReport.Parse(Output).Concat(SarifReport.Parse(Error));

    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Output}{Error}";
}
