using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox;

/// <summary>Many clients trading at once, with the market maker busy, keep the books balanced.</summary>
public class ConcurrentTradingTests
{
    [Fact]
    public async Task Balances_move_exactly_by_the_fills_and_holds_return_to_zero()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerActionsPerSecond = 20, Seed = 7 });
        using var client = SandboxFixture.CreateClient(sandbox);
        var before = (await client.AccountsAsync()).ToDictionary(a => a.Currency, a => a.Balance);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => TradeAsync(client, worker)));
        await client.CancelAllAsync(stop: true);
        sandbox.Controls.PauseMarketMaker();

        var fills = new List<Fill>();
        await foreach (var fill in AllFillsAsync(client))
        {
            fills.Add(fill);
        }

        var after = (await client.AccountsAsync()).ToDictionary(a => a.Currency);
        decimal btcMoved = fills.Sum(f => f.Side == Side.Buy ? f.Size : -f.Size);
        decimal usdMoved = fills.Sum(f => f.Side == Side.Buy ? -(f.Price * f.Size) - f.Fee : (f.Price * f.Size) - f.Fee);
        Assert.NotEmpty(fills);
        Assert.Equal(before["BTC"] + btcMoved, after["BTC"].Balance);
        Assert.Equal(before["USD"] + usdMoved, after["USD"].Balance);
        Assert.All(after.Values, account => Assert.Equal((0m, account.Balance), (account.Hold, account.Available)));
    }

    private static async Task TradeAsync(RestClient client, int worker)
    {
        var random = new Random(worker);
        var placed = new List<string>();
        for (int i = 0; i < 25; i++)
        {
            var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            decimal price = Math.Round(60000m + ((decimal)random.NextDouble() * 200m) - 100m, 2);
            decimal size = 0.001m * (1 + random.Next(5));
            var order = random.Next(4) == 0
                ? await client.MarketOrderAsync(side, "BTC-USD", size: size)
                : await client.LimitOrderAsync(side, "BTC-USD", price, size);
            placed.Add(order.Id);
            if (random.Next(2) == 0)
            {
                try
                {
                    await client.CancelAsync(placed[random.Next(placed.Count)]);
                }
                catch (ApiRequestException ex) when (ex.ServerMessage == "Order already done")
                {
                    // Filled (or cancelled) first.
                }
            }
        }
    }

    private static async IAsyncEnumerable<Fill> AllFillsAsync(RestClient client)
    {
        string? after = null;
        while (true)
        {
            var (fills, _, next) = await client.FillsAsync(productId: "BTC-USD", limit: 50, after: after);
            foreach (var fill in fills)
            {
                yield return fill;
            }

            if (fills.Count < 50)
            {
                yield break;
            }

            after = next;
        }
    }
}
