using ServerlessIm.Core.Messages;

namespace ServerlessIm.Functions.Api.Messages;

/// <summary>A page of the sync API; ask again with <c>after=next</c> until a page comes back empty.</summary>
public sealed record MessagePage(IReadOnlyList<MessageView> Messages, long Next);
