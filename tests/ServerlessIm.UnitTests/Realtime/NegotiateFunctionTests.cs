using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Moq;
using Moq.Protected;
using ServerlessIm.Functions.Api.Http;
using ServerlessIm.Functions.Realtime;
using ServerlessIm.Infrastructure.Realtime;
using ServerlessIm.UnitTests.Support;

namespace ServerlessIm.UnitTests.Realtime;

public sealed class NegotiateFunctionTests : IDisposable
{
    private const string ClientUrl = "https://example.service.signalr.net/client/?hub=chat";

    private readonly FakeRegion _region = new(callerId: "alice");
    private readonly Mock<HttpMessageHandler> _service = new();
    private readonly SignalROptions _options = new()
    {
        Endpoint = new Uri("https://example.service.signalr.net"),
        AccessKey = ServiceKeys.NewKey(),
    };

    [Fact]
    public async Task RunAsync_WithAccessKey_AnswersClientUrlAndTokenForThatUrl()
    {
        var result = await Function().RunAsync(Requests.Post("{}"));

        var connection = Answers.Value<ClientConnectionInfo>(result);
        Assert.Equal(ClientUrl, connection.Url.AbsoluteUri);
        var token = new JsonWebToken(connection.AccessToken);
        Assert.Equal(SecurityAlgorithms.HmacSha256, token.Alg);
        Assert.Equal([ClientUrl], token.Audiences);
        Assert.Equal("alice", token.GetClaim(AccessKeyTokens.UserClaim).Value);
        Assert.Equal(_region.Clock.GetUtcNow().UtcDateTime.AddHours(1), token.ValidTo);
        Assert.True(await IsSignedWithAccessKeyAsync(connection.AccessToken));
        _service.Protected().Verify(
            "SendAsync", Times.Never(), ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task RunAsync_WithoutToken_Answers401()
    {
        var result = await Function().RunAsync(Requests.Post("{}", token: null));

        Assert.Equal(401, Answers.Status(result));
        Assert.Equal(ProblemTypes.Unauthenticated, Answers.Problem(result).Type);
    }

    [Fact]
    public async Task RunAsync_WithManagedIdentity_AnswersTokenTheServiceGenerated()
    {
        _options.UseManagedIdentity = true;
        Uri? asked = null;
        ServiceAnswers(HttpStatusCode.OK, """{"token":"service-made"}""", request => asked = request.RequestUri);

        var result = await Function().RunAsync(Requests.Post("{}"));

        var connection = Answers.Value<ClientConnectionInfo>(result);
        Assert.Equal(ClientUrl, connection.Url.AbsoluteUri);
        Assert.Equal("service-made", connection.AccessToken);
        Assert.Equal(
            "https://example.service.signalr.net/api/hubs/chat/:generateToken?api-version=2022-11-01"
            + "&userId=alice&minutesToExpire=60",
            asked?.AbsoluteUri);
    }

    [Fact]
    public async Task RunAsync_ServiceCannotIssueToken_Answers503()
    {
        _options.UseManagedIdentity = true;
        ServiceAnswers(HttpStatusCode.ServiceUnavailable, "", static _ => { });

        var result = await Function().RunAsync(Requests.Post("{}"));

        Assert.Equal(503, Answers.Status(result));
        Assert.Equal(ProblemTypes.Unavailable, Answers.Problem(result).Type);
    }

    public void Dispose() => _region.Dispose();

    private NegotiateFunction Function()
    {
        var urls = new SignalRUrls(_options);
        var rest = new SignalRRestClient(new HttpClient(_service.Object), urls);
        var negotiator = new ClientNegotiator(
            _options,
            urls,
            new AccessKeyTokens(_options, _region.Clock),
            rest,
            NullLogger<ClientNegotiator>.Instance);
        return new NegotiateFunction(_region.Authentication, negotiator, NullLogger<NegotiateFunction>.Instance);
    }

    private void ServiceAnswers(HttpStatusCode status, string json, Action<HttpRequestMessage> inspect) =>
        _service.Protected()
            .Setup<Task<HttpResponseMessage>>(
                "SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
            .Callback<HttpRequestMessage, CancellationToken>((request, _) => inspect(request))
            .ReturnsAsync(() => new HttpResponseMessage(status)
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            });

    private async Task<bool> IsSignedWithAccessKeyAsync(string token)
    {
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidAudience = ClientUrl,
            ValidateIssuer = false,
            ValidateLifetime = false,
            IssuerSigningKey = AccessKeyTokens.SigningKey(_options.AccessKey!),
        });
        return validation.IsValid;
    }
}
