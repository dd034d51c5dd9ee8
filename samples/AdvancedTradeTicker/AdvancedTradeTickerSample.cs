using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.Sandbox;

namespace CoPrA.Samples;

/// <summary>
/// The Advanced Trade ticker of one product (--product, BTC-USD by default) with heartbeats: the
/// price, best bid and best ask of every ticker message, until ten have arrived or --seconds (5 by
/// default) have passed. Against an in-process sandbox unless --url names a host.
/// </summary>
internal static class AdvancedTradeTickerSample
{
    private const int Tickers = 10;

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var exchange = await AdvancedTradeSampleExchange.OpenAsync(
            args, "AdvancedTradeTicker", error, sandboxOptions: new SandboxOptions { MarketMakerActionsPerSecond = 10 }, cancellationToken: cancellationToken);
        if (exchange is null)
        {
            return 2;
        }

        string productId = exchange.ProductId;
        output.WriteLine($"Talking to {exchange.Description}");
        await using var feed = new AdvancedTradeWebSocketClient(
            [new AdvancedTradeChannel(AdvancedTradeChannel.Ticker, productId), new AdvancedTradeChannel(AdvancedTradeChannel.Heartbeats)],
            exchange.FeedOptions("ticker sample"));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(exchange.RunFor);
        var messages = feed.ReadAllAsync(stop.Token);
        await feed.ConnectAsync(cancellationToken);
        int tickers = 0;
        long heartbeat = -1;
        try
        {
            await foreach (var message in messages)
            {
                switch (message)
                {
                    case AdvancedTradeFeedMessage<TickerEvent> ticker:
                        foreach (var tick in ticker.Events.SelectMany(e => e.Tickers))
                        {
                            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                                $"{message.Timestamp:HH:mm:ss.fff}  {tick.ProductId}  price {tick.Price,10:#,##0.00}  bid {tick.BestBid,10:#,##0.00}  ask {tick.BestAsk,10:#,##0.00}  (#{message.SequenceNum}, heartbeat {heartbeat})"));
                            tickers++;
                        }

                        break;
                    case AdvancedTradeFeedMessage<HeartbeatsEvent> beat when beat.Events.Count > 0:
                        heartbeat = beat.Events[^1].HeartbeatCounter;
                        break;
                    case AdvancedTradeFeedError failure:
                        error.WriteLine($"The feed refused a subscription: {failure.Message}");
                        return 1;
                }

                if (tickers >= Tickers)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // --seconds passed.
        }

        await feed.CloseAsync(cancellationToken);
        output.WriteLine($"{tickers} tickers, last heartbeat {heartbeat}");
        return 0;
    }
}
