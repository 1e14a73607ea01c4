namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>The body of a REST send: the client method to invoke and its arguments.</summary>
internal sealed record ServiceInvocation(string Target, IReadOnlyList<object> Arguments);
