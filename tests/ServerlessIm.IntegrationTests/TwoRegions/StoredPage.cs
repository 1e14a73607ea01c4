namespace ServerlessIm.IntegrationTests.TwoRegions;

/// <summary>A page of the sync API.</summary>
internal sealed record StoredPage(IReadOnlyList<StoredMessage> Messages, long Next);
