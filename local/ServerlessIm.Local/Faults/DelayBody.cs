namespace ServerlessIm.Local.Faults;

/// <summary>The body of <c>POST /api/dev/faults/delay</c>.</summary>
internal sealed record DelayBody(int? Milliseconds);
