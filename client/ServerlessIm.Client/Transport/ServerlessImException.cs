namespace ServerlessIm.Client.Transport;

/// <summary>The service refused a request; <see cref="ProblemType"/> says why, as the API documents.</summary>
public sealed class ServerlessImException(int status, string? problemType, string? detail)
    : Exception(detail ?? $"The service answered {status}.")
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The problem's stable type, e.g. <c>urn:serverlessim:problem:not-a-member</c>.</summary>
    public string? ProblemType { get; } = problemType;
}
