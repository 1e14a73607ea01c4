namespace ServerlessIm.Core;

/// <summary>A paging cursor the client sent cannot be used; the client must pass back one it was given.</summary>
public sealed class InvalidCursorException(string parameter, Exception? innerException = null)
    : Exception($"The '{parameter}' cursor is not one this service issued.", innerException)
{
    public string Parameter { get; } = parameter;
}
