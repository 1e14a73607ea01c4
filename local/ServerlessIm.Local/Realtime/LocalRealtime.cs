using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ServerlessIm.Infrastructure.Composition;
using ServerlessIm.Infrastructure.Identity;

namespace ServerlessIm.Local.Realtime;

/// <summary>The local hub, its token check, and the notifier that pushes through it.</summary>
internal static class LocalRealtime
{
    public const string AuthenticationScheme = JwtBearerDefaults.AuthenticationScheme;

    public static IServiceCollection AddLocalRealtime(this IServiceCollection services, AuthOptions auth)
    {
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.UseRealtimeNotifier<HubNotifier>();
        services.AddSingleton<HubConnections>();
        services.AddHostedService<RegionDownHubCloser>();

        services.AddAuthorization();
        services.AddAuthentication().AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = AuthOptions.DevelopmentIssuer,
                ValidAudience = auth.Audience,
                IssuerSigningKey = DevelopmentTokens.KeyFrom(auth.DevelopmentSigningKey!),
                NameClaimType = JwtRegisteredClaimNames.Sub,
            };

            // Browsers cannot set headers on a WebSocket, so SignalR clients send the token in the query.
            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments(LocalHub.Path, StringComparison.Ordinal)
                        && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                },
            };
        });

        return services;
    }
}
