namespace ServerlessIm.Local.SignIn;

/// <summary>The body of <c>POST /api/dev/token</c>.</summary>
internal sealed record SignInBody(string? UserId);
