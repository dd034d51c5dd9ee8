using System.Globalization;
using CoPrA.WebSocket;

namespace CoPrA.Samples;

/// <summary>Prints every ticker that follows a trade, as CoPrA's <c>Ticker(Client)</c> does.</summary>
internal sealed class Ticker(Channel channel, WebSocketClientOptions options) : WebSocketClient(channel, options)
{
    private int _printed;

    /// <summary>Ticks printed so far.</summary>
    public int Printed => Volatile.Read(ref _printed);

    protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        // The first ticker after subscribing has no trade (no time): CoPrA skips it too.
        if (message is TickerMessage { Time: { } time } tick)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                {tick.ProductId}                                {time:yyyy-MM-dd HH:mm:ss.ffffff}
                =====
                    Price: ${tick.Price:0.00}       Size: {tick.LastSize:0.00000000}       Side: {Side(tick),5}
                Best ask: ${tick.BestAsk:0.00}    Best bid: ${tick.BestBid:0.00}    Spread: ${tick.BestAsk - tick.BestBid:0.00}
                =====

                """));
            Interlocked.Increment(ref _printed);
        }

        return Task.CompletedTask;
    }

    private static string Side(TickerMessage tick) => CoPrA.WireEnum<CoPrA.Side>.IsDefined(tick.Side) ? CoPrA.WireEnum<CoPrA.Side>.ToWire(tick.Side) : "?";
}
