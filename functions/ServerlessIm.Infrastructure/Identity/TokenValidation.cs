namespace ServerlessIm.Infrastructure.Identity;

/// <summary>The caller when the token is valid, otherwise a reason safe to show the client.</summary>
public sealed record TokenValidation(Caller? Caller, string? Failure)
{
    public static TokenValidation Valid(Caller caller) => new(caller, null);

    public static TokenValidation Invalid(string failure) => new(null, failure);
}
