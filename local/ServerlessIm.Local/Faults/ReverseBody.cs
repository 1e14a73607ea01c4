namespace ServerlessIm.Local.Faults;

/// <summary>The body of <c>POST /api/dev/faults/regions/{region}/batches/reverse</c>.</summary>
internal sealed record ReverseBody(int? Count);
