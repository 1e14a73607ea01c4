using System.Globalization;
using Microsoft.Extensions.Options;

namespace ServerlessIm.Infrastructure.Realtime;

/// <summary>
/// The service URLs this app calls or hands out, in the forms of the data-plane REST API 2022-11-01.
/// A token's audience must equal the URL it is used on, so these strings are used for both.
/// </summary>
public sealed class SignalRUrls
{
    public const string ApiVersion = "2022-11-01";

    private readonly string _endpoint;
    private readonly string _hub;

    public SignalRUrls(SignalROptions options)
    {
        if (options.Endpoint is not { IsAbsoluteUri: true } endpoint)
        {
            throw new OptionsValidationException(
                SignalROptions.SectionName,
                typeof(SignalROptions),
                ["Set SignalR:Endpoint (app setting SignalR__Endpoint) to https://<name>.service.signalr.net."]);
        }

        _endpoint = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _hub = Uri.EscapeDataString(options.Hub.ToLowerInvariant());
    }

    /// <summary>Where clients connect; also the audience of their access token.</summary>
    public Uri Client => new($"{_endpoint}/client/?hub={_hub}");

    public Uri SendToUser(string userId) =>
        new($"{_endpoint}/api/hubs/{_hub}/users/{Uri.EscapeDataString(userId)}/:send?api-version={ApiVersion}");

    public Uri GenerateClientToken(string userId, TimeSpan lifetime)
    {
        var minutes = Math.Max(1, (int)lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        return new($"{_endpoint}/api/hubs/{_hub}/:generateToken?api-version={ApiVersion}"
            + $"&userId={Uri.EscapeDataString(userId)}&minutesToExpire={minutes}");
    }
}
