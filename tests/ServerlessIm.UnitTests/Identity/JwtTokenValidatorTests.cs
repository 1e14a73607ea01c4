using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.UnitTests.Identity;

public sealed class JwtTokenValidatorTests
{
    private readonly string _key = DevelopmentTokens.GenerateKey();
    private readonly JwtTokenValidator _validator;

    public JwtTokenValidatorTests()
    {
        var options = new AuthOptions { DevelopmentSigningKey = _key, Audience = "serverlessim" };
        _validator = new JwtTokenValidator(options, NullLogger<JwtTokenValidator>.Instance);
    }

    [Fact]
    public async Task ValidateAsync_TokenFromTheKey_YieldsTheSubjectAndRoles()
    {
        var token = Issuer(_key).Issue("alice", roles: AuthOptions.ReplicationRole);

        var result = await _validator.ValidateAsync(token, CancellationToken.None);

        Assert.Equal("alice", result.Caller?.UserId);
        Assert.True(result.Caller!.IsReplicationPeer);
    }

    [Fact]
    public async Task ValidateAsync_TokenSignedWithAnotherKey_IsRejected()
    {
        var token = Issuer(DevelopmentTokens.GenerateKey()).Issue("alice");

        var result = await _validator.ValidateAsync(token, CancellationToken.None);

        Assert.Null(result.Caller);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredToken_IsRejectedAsExpired()
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-3));
        var token = new DevelopmentTokens(_key, "serverlessim", past).Issue("alice", TimeSpan.FromMinutes(5));

        var result = await _validator.ValidateAsync(token, CancellationToken.None);

        Assert.Null(result.Caller);
        Assert.Contains("expired", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateAsync_OtherAudience_IsRejected()
    {
        var token = new DevelopmentTokens(_key, "another-app", TimeProvider.System).Issue("alice");

        var result = await _validator.ValidateAsync(token, CancellationToken.None);

        Assert.Null(result.Caller);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not.a.jwt")]
    public async Task ValidateAsync_MissingOrGarbage_IsRejected(string? token)
    {
        var result = await _validator.ValidateAsync(token, CancellationToken.None);

        Assert.Null(result.Caller);
        Assert.False(string.IsNullOrEmpty(result.Failure));
    }

    [Fact]
    public void Constructor_NoAuthorityAndNoKey_ThrowsWithWhatToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new JwtTokenValidator(new AuthOptions(), NullLogger<JwtTokenValidator>.Instance));

        Assert.Contains("Auth:Authority", error.Message, StringComparison.Ordinal);
    }

    private static DevelopmentTokens Issuer(string key) => new(key, "serverlessim", TimeProvider.System);
}
