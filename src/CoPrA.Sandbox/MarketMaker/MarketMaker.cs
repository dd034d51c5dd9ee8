using CoPrA.Sandbox.Engine;
using Microsoft.Extensions.Logging;

namespace CoPrA.Sandbox.MarketMaker;

/// <summary>
/// A seeded background trader that keeps every product alive: it quotes post-only orders a few
/// steps around a drifting fair price, cancels stale quotes, and now and then trades against the
/// book from a second account, so that the feed's public channels have traffic. Deterministic in
/// its choices (the seed), though not in its timing.
/// </summary>
internal sealed partial class MarketMaker
{
    private const int LevelsPerSide = 10;
    private const int MaxRestingOrders = 40;
    private const decimal QuoteStep = 0.0005m;
    private const double FairVolatility = 0.0006;
    private const decimal MaxDrift = 0.2m;

    private readonly SandboxServices _services;
    private readonly List<ProductState> _products = [];
    private readonly Lock _stepGate = new();
    private bool _paused;

    public MarketMaker(SandboxServices services)
    {
        _services = services;
        for (int index = 0; index < services.Engine.Markets.Count; index++)
        {
            var market = services.Engine.Markets[index];
            _products.Add(new ProductState(market, new PriceRandom(services.Options.Seed + 104_729 + index), HistorySeeder.BaseUsdPrice(services.Catalog, market.Product)));
        }
    }

    /// <summary>
    /// Whether the market maker is paused (it places and cancels nothing while paused). Setting it
    /// waits for a step in progress, so that nothing moves once a pause has returned.
    /// </summary>
    public bool IsPaused
    {
        get
        {
            lock (_stepGate)
            {
                return _paused;
            }
        }

        set
        {
            lock (_stepGate)
            {
                _paused = value;
            }
        }
    }

    /// <summary>Puts the starting quotes on every book: a few levels each side of the reference price.</summary>
    public void SeedBooks()
    {
        foreach (var state in _products)
        {
            for (int level = 1; level <= LevelsPerSide; level++)
            {
                Quote(state, Side.Buy, level);
                Quote(state, Side.Sell, level);
            }
        }
    }

    /// <summary>Runs every product's quoting loop until cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(1 / Math.Max(0.01, _services.Options.MarketMakerActionsPerSecond));
        return Task.WhenAll(_products.Select(state =>
            PeriodicLoop.RunAsync(interval, _services.Clock.TimeProvider, () => Tick(state), ex => LogFailure(_services.Logger, ex), cancellationToken)));
    }

    private void Tick(ProductState state)
    {
        lock (_stepGate)
        {
            if (!_paused)
            {
                Step(state);
            }
        }
    }

    private void Step(ProductState state)
    {
        state.Orders.RemoveAll(order => order.IsDone);
        var product = state.Market.Product;
        decimal drifted = state.Random.Step(state.Fair, FairVolatility);
        decimal reference = product.ReferencePrice;
        state.Fair = Math.Clamp(drifted + ((reference - drifted) * 0.001m), reference * (1 - MaxDrift), reference * (1 + MaxDrift));

        double action = state.Random.NextDouble();
        if (action < 0.55)
        {
            Quote(state, state.Random.Next(2) == 0 ? Side.Buy : Side.Sell, 1 + state.Random.Next(LevelsPerSide));
        }
        else if (action < 0.8)
        {
            CancelFarthest(state);
        }
        else
        {
            Trade(state);
        }

        while (state.Orders.Count > MaxRestingOrders)
        {
            Cancel(state.Orders[0]);
            state.Orders.RemoveAt(0);
        }
    }

    private void Quote(ProductState state, Side side, int level)
    {
        var product = state.Market.Product;
        decimal offset = level * QuoteStep;
        decimal price = product.RoundPrice(state.Fair * (side == Side.Buy ? 1 - offset : 1 + offset));
        var request = new OrderRequest
        {
            Product = product,
            Side = side,
            Type = OrderType.Limit,
            Price = price,
            Size = state.Random.Size(product, state.BaseUsd),
            PostOnly = true,
        };
        var (order, _) = _services.Engine.Place(_services.MarketMakerUser, request);
        if (!order.IsDone)
        {
            state.Orders.Add(order);
        }
    }

    private void CancelFarthest(ProductState state)
    {
        var farthest = state.Orders.Where(order => !order.IsDone).MaxBy(order => Math.Abs(order.Price!.Value - state.Fair));
        if (farthest is not null)
        {
            Cancel(farthest);
            state.Orders.Remove(farthest);
        }
    }

    private void Trade(ProductState state)
    {
        var product = state.Market.Product;
        decimal last = state.Market.History.Last?.Price ?? product.ReferencePrice;
        var request = new OrderRequest
        {
            Product = product,
            Side = state.Fair >= last ? Side.Buy : Side.Sell,
            Type = OrderType.Market,
            Size = state.Random.Size(product, state.BaseUsd) / 2 is var half && half >= product.BaseIncrement ? product.FloorSize(half) : product.BaseIncrement,
        };
        _services.Engine.Place(_services.MarketTakerUser, request);
    }

    private void Cancel(SandboxOrder order)
    {
        try
        {
            _services.Engine.Cancel(order);
        }
        catch (SandboxApiException)
        {
            // Filled or cancelled meanwhile.
        }
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The sandbox's market maker failed a step")]
    private static partial void LogFailure(ILogger logger, Exception exception);

    private sealed class ProductState(ProductMarket market, PriceRandom random, decimal baseUsd)
    {
        public ProductMarket Market { get; } = market;

        public PriceRandom Random { get; } = random;

        public decimal BaseUsd { get; } = baseUsd;

        public decimal Fair { get; set; } = market.History.Last?.Price ?? market.Product.ReferencePrice;

        /// <summary>The maker's resting orders, oldest first.</summary>
        public List<SandboxOrder> Orders { get; } = [];
    }
}
