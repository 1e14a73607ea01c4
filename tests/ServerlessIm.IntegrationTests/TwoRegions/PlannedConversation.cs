namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>A conversation of the workload: created by a member homed in <paramref name="HomeRegion"/>.</summary>
internal sealed record PlannedConversation(int Index, string HomeRegion, string Creator, IReadOnlyList<string> Members)
{
    public string Id { get; set; } = "";

    public bool IsGroup => Members.Count > 2;
}
