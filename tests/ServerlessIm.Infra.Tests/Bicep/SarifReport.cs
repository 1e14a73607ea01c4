using System.Text;
using System.Text.Json;

namespace ServerlessIm.Infra.Tests.Bicep;

/// <summary>
/// The SARIF logs Bicep prints, one log per file it checked, so the log count shows how many files
/// were really checked.
/// </summary>
internal sealed record SarifReport(int LogCount, IReadOnlyList<BicepDiagnostic> Diagnostics)
{
    public IEnumerable<BicepDiagnostic> WarningsAndErrors =>
        Diagnostics.Where(diagnostic => diagnostic.Level is "warning" or "error");

    public static SarifReport Parse(string text)
    {
        var logs = 0;
        var diagnostics = new List<BicepDiagnostic>();
        var options = new JsonReaderOptions { AllowMultipleValues = true };
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), options);
        while (reader.Read())
        {
            using var log = JsonDocument.ParseValue(ref reader);
            logs++;
            foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
            {
                diagnostics.AddRange(run.GetProperty("results").EnumerateArray().Select(BicepDiagnostic.FromSarif));
            }
        }

        return new SarifReport(logs, diagnostics);
    }

    public SarifReport Concat(SarifReport other) =>
        new(LogCount + other.LogCount, [.. Diagnostics, .. other.Diagnostics]);
}
