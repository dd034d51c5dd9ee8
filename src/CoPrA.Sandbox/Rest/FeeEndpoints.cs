using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>Private: fee rates and the key's 30-day trading volume, computed from its fills.</summary>
internal static class FeeEndpoints
{
    private static readonly TimeSpan VolumeWindow = TimeSpan.FromDays(30);

    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapGet("/fees", context =>
        {
            var since = services.Clock.UtcNow - VolumeWindow;
            decimal usdVolume = services.Engine.Markets
                .SelectMany(market => services.Engine.Fills(RequestInfo.User(context), market, null))
                .Where(fill => fill.CreatedAt >= since)
                .Sum(fill => fill.UsdVolume ?? 0m);
            var fees = new Fees { MakerFeeRate = services.Engine.MakerFeeRate, TakerFeeRate = services.Engine.TakerFeeRate, UsdVolume = usdVolume };
            return Respond.Json(context, fees, FundingWire.Fees);
        }).RequireSignature();

        app.MapGet("/users/self/trailing-volume", context =>
        {
            var now = services.Clock.UtcNow;
            var volumes = new List<TrailingVolume>();
            foreach (var market in services.Engine.Markets)
            {
                decimal mine = services.Engine.Fills(RequestInfo.User(context), market, null).Where(fill => fill.CreatedAt >= now - VolumeWindow).Sum(fill => fill.Size);
                decimal exchange;
                lock (market.Gate)
                {
                    exchange = market.History.Stats(now).Volume30Day ?? 0m;
                }

                volumes.Add(new TrailingVolume { ProductId = market.Product.Id, ExchangeVolume = exchange, Volume = mine, RecordedAt = now });
            }

            return Respond.List(context, volumes, FundingWire.TrailingVolume);
        }).RequireSignature();
    }
}
