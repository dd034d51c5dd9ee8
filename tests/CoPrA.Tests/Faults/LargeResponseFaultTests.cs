using System.Globalization;
using System.Net;
using System.Text;

namespace CoPrA.Tests.Faults;

/// <summary>A 20 MB answer (a trades page far beyond Coinbase's 1000) arrives whole over a real socket and every item parses.</summary>
[Collection(FaultCollection.Name)]
public class LargeResponseFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private const int TwentyMegabytes = 20 * 1024 * 1024;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_20_MB_trades_page_is_read_whole_and_every_trade_parses()
    {
        var (body, count) = TradesPage(TwentyMegabytes);
        using var client = fixture.CreateClient(options => options.RequestTimeout = FaultSandboxFixture.Patience);
        fixture.Controls.AnswerNextRequests(1, HttpStatusCode.OK, body);

        var page = await client.TradesAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience);

        Assert.True(Encoding.UTF8.GetByteCount(body) >= TwentyMegabytes);
        Assert.Equal(count, page.Results.Count);
        for (int i = 0; i < count; i++)
        {
            var trade = page.Results[i];
            Assert.Equal(Id(i), trade.TradeId);
            Assert.Equal(Price(i), trade.Price);
            Assert.Equal(Size(i), trade.Size);
            Assert.Equal(i % 2 == 0 ? Side.Buy : Side.Sell, trade.Side);
        }

        Assert.Equal(Enumerable.Range(0, count).Sum(Size), page.Results.Sum(trade => trade.Size));
    }

    private static long Id(int i) => 900_000_000L - i;

    private static decimal Price(int i) => 30_000m + (i % 100_000 / 100m);

    private static decimal Size(int i) => (i % 997 + 1) / 100_000_000m;

    /// <summary>Newest-first trades with distinct ids, prices and sizes, until the body reaches <paramref name="bytes"/>.</summary>
    private static (string Body, int Count) TradesPage(int bytes)
    {
        var json = new StringBuilder(bytes + 256);
        json.Append('[');
        int count = 0;
        var time = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        while (json.Length < bytes)
        {
            if (count > 0)
            {
                json.Append(',');
            }

            json.Append(CultureInfo.InvariantCulture,
                $$"""{"time":"{{time.AddMilliseconds(-count):yyyy-MM-ddTHH:mm:ss.fff}}Z","trade_id":{{Id(count)}},"price":"{{Price(count)}}","size":"{{Size(count)}}","side":"{{(count % 2 == 0 ? "buy" : "sell")}}"}""");
            count++;
        }

        json.Append(']');
        return (json.ToString(), count);
    }
}
