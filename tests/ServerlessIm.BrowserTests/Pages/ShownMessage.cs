namespace ServerlessIm.BrowserTests.Pages;

/// <summary>A sequenced message as a page shows it.</summary>
internal sealed record ShownMessage(long Seq, string Sender, string Body);
