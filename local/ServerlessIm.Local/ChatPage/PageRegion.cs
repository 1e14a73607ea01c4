namespace ServerlessIm.Local.ChatPage;

/// <summary>A region the chat page may talk to: its name and the base URL of its API.</summary>
internal sealed record PageRegion(string Name, Uri Url);
