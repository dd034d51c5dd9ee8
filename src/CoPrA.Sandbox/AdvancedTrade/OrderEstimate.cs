using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// An order preview: what an order would trade at today's book (the part that crosses pays the
/// taker fee, a resting rest the maker fee at its limit price), and the preview failure codes it
/// would meet (funds short, post-only crossing, nothing to trade against).
/// </summary>
internal readonly record struct OrderEstimate(
    decimal BaseSize, decimal QuoteSize, decimal Commission, decimal Total, decimal? BestBid, decimal? BestAsk, decimal Slippage, IReadOnlyList<string> Errors)
{
    public static OrderEstimate Of(SandboxServices services, SandboxUser user, OrderRequest request)
    {
        var market = services.Engine.Market(request.Product.Id)!;
        var engine = services.Engine;
        var errors = new List<string>();
        decimal? bestBid, bestAsk;
        decimal takenSize = 0m, takenValue = 0m;
        decimal? sizeLeft = request.Size;
        decimal? fundsLeft = request.Funds is { } funds && request.Side == Side.Buy ? funds / (1 + engine.TakerFeeRate) : request.Funds;
        lock (market.Gate)
        {
            bestBid = market.Book.Best(Side.Buy)?.Price;
            bestAsk = market.Book.Best(Side.Sell)?.Price;
            var levels = market.Book.Levels(request.Side == Side.Buy ? Side.Sell : Side.Buy);
            foreach (var level in request.Stop is null ? levels : [])
            {
                bool crosses = request.Price is not { } limit || (request.Side == Side.Buy ? level.Price <= limit : level.Price >= limit);
                if (!crosses || sizeLeft == 0 || fundsLeft <= 0)
                {
                    break;
                }

                decimal take = Math.Min(level.Size, sizeLeft ?? request.Product.FloorSize(fundsLeft!.Value / level.Price));
                takenSize += take;
                takenValue += take * level.Price;
                sizeLeft -= take;
                fundsLeft -= take * level.Price;
            }
        }

        // What is not taken rests at the limit price (a limit order) or is not traded (a market order).
        decimal restingSize = request.Price is not null && request.TimeInForce is TimeInForce.GoodTillCancelled or TimeInForce.GoodTillTime ? sizeLeft ?? 0m : 0m;
        decimal restingValue = restingSize * (request.Price ?? 0m);
        decimal commission = (takenValue * engine.TakerFeeRate) + (restingValue * engine.MakerFeeRate);
        decimal baseSize = takenSize + restingSize;
        decimal quoteSize = takenValue + restingValue;
        decimal total = request.Side == Side.Buy ? quoteSize + commission : quoteSize - commission;

        if (request.PostOnly && takenSize > 0)
        {
            errors.Add("PREVIEW_INVALID_LIMIT_PRICE_POST_ONLY");
        }

        if (request.Price is null && takenSize == 0)
        {
            errors.Add("PREVIEW_INVALID_NO_LIQUIDITY");
        }

        var product = request.Product;
        // The engine holds, for a buy, the limit value with the taker fee (or the funds); for a sell, the size.
        decimal hold = request.Side == Side.Buy
            ? Math.Max(request.Funds ?? ((request.Price ?? 0m) * (request.Size ?? 0m) * (1 + engine.TakerFeeRate)), total)
            : request.Size ?? takenSize;
        bool shortOfFunds = hold > services.Accounts.Available(user, request.Side == Side.Buy ? product.QuoteCurrency : product.BaseCurrency);
        if (shortOfFunds)
        {
            errors.Add("PREVIEW_INSUFFICIENT_FUND");
        }

        decimal? reference = request.Side == Side.Buy ? bestAsk : bestBid;
        decimal slippage = takenSize > 0 && reference is { } best && best != 0 ? Math.Round(Math.Abs((takenValue / takenSize) - best) / best, 8) : 0m;
        return new OrderEstimate(baseSize, quoteSize, commission, total, bestBid, bestAsk, slippage, errors);
    }
}
