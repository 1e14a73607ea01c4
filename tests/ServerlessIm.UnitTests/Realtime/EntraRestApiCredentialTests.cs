using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ServerlessIm.Infrastructure.Realtime;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class EntraRestApiCredentialTests
{
    private static readonly Uri Url = new("https://example.service.signalr.net/api/hubs/chat/users/bob/:send");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Mock<TokenCredential> _identity = new();
    private int _issued;

    public EntraRestApiCredentialTests()
    {
        _identity.Setup(i => i.GetTokenAsync(
                It.Is<TokenRequestContext>(c => c.Scopes.SequenceEqual(new[] { EntraRestApiCredential.Scope })),
                It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new AccessToken($"token-{++_issued}", _clock.GetUtcNow().AddHours(1)));
    }

    [Fact]
    public async Task GetTokenAsync_TokenFarFromExpiry_IsReused()
    {
        var credential = new EntraRestApiCredential(_identity.Object, _clock);

        var first = await credential.GetTokenAsync(Url, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(50));
        var second = await credential.GetTokenAsync(Url, CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
    }

    [Fact]
    public async Task GetTokenAsync_TokenAboutToExpire_IsRenewed()
    {
        var credential = new EntraRestApiCredential(_identity.Object, _clock);

        await credential.GetTokenAsync(Url, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(56));
        var renewed = await credential.GetTokenAsync(Url, CancellationToken.None);

        Assert.Equal("token-2", renewed);
    }
}
