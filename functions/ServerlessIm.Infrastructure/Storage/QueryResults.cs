namespace ServerlessIm.Infrastructure.Storage;

/// <summary>The body of a query page as the stream API returns it.</summary>
internal sealed record QueryResults<T>(List<T> Documents);
