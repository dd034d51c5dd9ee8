using System.Globalization;
using System.Net.WebSockets;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Feed;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// The Advanced Trade feed server on two paths of the sandbox's port, market data and user data:
/// keeps the connections, answers subscribe and unsubscribe frames (one channel each, JWT checked
/// for the user channels), sends each new subscription its snapshot, enforces the subscribe deadline,
/// and records every frame for tests.
/// </summary>
internal sealed class AdvancedTradeFeedHub
{
    /// <summary>The market-data endpoint's path (Coinbase's host advanced-trade-ws).</summary>
    public const string MarketDataPath = "/advanced-trade-ws";

    /// <summary>The user-data endpoint's path (Coinbase's host advanced-trade-ws-user).</summary>
    public const string UserDataPath = "/advanced-trade-ws-user";

    private const string NotSubscribed = "Failed to subscribe";

    private readonly Lock _gate = new();
    private readonly JwtVerifier _verifier;
    private readonly SandboxClock _clock;
    private readonly SandboxOptions _options;
    private readonly ChangeNotifier _changes;
    private readonly List<SandboxAdvancedTradeFrame> _frames = [];
    private AdvancedTradeFeedConnection[] _connections = [];
    private long _lastConnectionId;
    private long _acceptedCount;

    public AdvancedTradeFeedHub(JwtVerifier verifier, SandboxClock clock, SandboxOptions options, ChangeNotifier changes, string portfolioId, decimal takerFeeRate)
    {
        _verifier = verifier;
        _clock = clock;
        _options = options;
        _changes = changes;
        PortfolioId = portfolioId;
        TakerFeeRate = takerFeeRate;
    }

    /// <summary>The engine, set once at start-up (the engine and the feed refer to each other).</summary>
    public MatchingEngine Engine { get; set; } = null!;

    /// <summary>The API user's default portfolio, which the user channel's orders name.</summary>
    public string PortfolioId { get; }

    /// <summary>For the hold an open buy keeps, in the user channel's orders.</summary>
    public decimal TakerFeeRate { get; }

    /// <summary>The open connections (a snapshot; never mutated).</summary>
    public IReadOnlyList<AdvancedTradeFeedConnection> Connections => Volatile.Read(ref _connections);

    /// <summary>Handshakes accepted since start.</summary>
    public long AcceptedCount => Interlocked.Read(ref _acceptedCount);

    /// <summary>Every subscribe and unsubscribe frame received since start, in order.</summary>
    public IReadOnlyList<SandboxAdvancedTradeFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    /// <summary>True for the user-data path, false for the market-data path, null for any other.</summary>
    public static bool? UserEndpoint(PathString path) =>
        path.Equals(UserDataPath, StringComparison.OrdinalIgnoreCase) ? true
        : path.Equals(MarketDataPath, StringComparison.OrdinalIgnoreCase) ? false
        : null;

    /// <summary>Sends a channel's message, built once, to every connection subscribed to it for a product (or for all products).</summary>
    public void Broadcast(string channel, string productId, Func<byte[]> events)
    {
        byte[]? frame = null;
        foreach (var connection in Connections)
        {
            if (connection.Inner.IsSubscribed(channel, productId) || connection.Inner.IsSubscribed(channel, ""))
            {
                connection.Send(AdvancedTradeChannels.MessageChannel(channel), _clock.UtcNow, frame ??= events());
            }
        }
    }

    /// <summary>Serves one accepted WebSocket until it ends or <paramref name="cancellationToken"/> ends it.</summary>
    public async Task RunConnectionAsync(HttpContext context, System.Net.WebSockets.WebSocket socket, bool userEndpoint, CancellationToken cancellationToken)
    {
        var inner = new FeedConnection(Interlocked.Increment(ref _lastConnectionId), context, socket, _options.FeedQueueCapacity);
        var connection = new AdvancedTradeFeedConnection(inner, userEndpoint);
        lock (_gate)
        {
            _connections = [.. _connections, connection];
        }

        Interlocked.Increment(ref _acceptedCount);
        _changes.Notify();
        var deadline = EnforceSubscribeDeadlineAsync(connection, inner.Stopping);
        try
        {
            await inner.RunAsync((_, frame, token) => OnFrameAsync(connection, frame, token), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _connections = [.. _connections.Where(other => other != connection)];
            }

            _changes.Notify();
            await deadline.ConfigureAwait(false);
        }
    }

    private async Task EnforceSubscribeDeadlineAsync(AdvancedTradeFeedConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.AdvancedTradeSubscribeTimeout, _clock.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!connection.Inner.HasSubscribed)
        {
            string reason = string.Create(CultureInfo.InvariantCulture, $"no subscribe message within {_options.AdvancedTradeSubscribeTimeout.TotalSeconds:0.###} seconds");
            await connection.Inner.CloseAsync(WebSocketCloseStatus.PolicyViolation, "subscribe timeout", AdvancedTradeFeedJson.Error(NotSubscribed, reason), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task OnFrameAsync(AdvancedTradeFeedConnection connection, ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        // Frames are handled synchronously: subscribing only queues messages.
        cancellationToken.ThrowIfCancellationRequested();
        var request = AdvancedTradeSubscribeRequest.Read(utf8);
        SandboxJwtClaims? claims = null;
        string? error = null;
        try
        {
            Handle(connection, request, ref claims);
        }
        catch (FeedRequestException ex)
        {
            error = ex.Message;
            connection.SendError(ex.Message, ex.Reason);
        }

        var frame = new SandboxAdvancedTradeFrame(connection.Id, connection.UserEndpoint, request.Type, request.Channel, request.ProductIds, claims, error);
        lock (_gate)
        {
            _frames.Add(frame);
        }

        _changes.Notify();
        return Task.CompletedTask;
    }

    private void Handle(AdvancedTradeFeedConnection connection, AdvancedTradeSubscribeRequest request, ref SandboxJwtClaims? claims)
    {
        request.ThrowIfInvalid();
        string channel = request.Channel;
        if (!AdvancedTradeChannels.IsServed(channel, connection.UserEndpoint))
        {
            throw new FeedRequestException(NotSubscribed, $"channel '{channel}' is not served here; this endpoint serves {AdvancedTradeChannels.Served(connection.UserEndpoint)}");
        }

        // A JWT sent is always checked; the user channels cannot go without one.
        if (request.Jwt is not null || (request.IsSubscribe && AdvancedTradeChannels.RequiresJwt(channel)))
        {
            var result = _verifier.VerifyWebSocket(request.Jwt, out claims);
            connection.Inner.User = result.User ?? throw new FeedRequestException("authentication failure", result.Error!);
        }

        var pairs = Pairs(connection, request);
        if (request.IsSubscribe)
        {
            foreach (var pair in pairs.Distinct().Where(pair => !connection.Inner.Subscriptions.Contains(pair)).ToList())
            {
                AddWithSnapshot(connection, pair.Channel, pair.ProductId);
            }

            connection.Inner.HasSubscribed = true;
        }
        else
        {
            connection.Inner.UpdateSubscriptions(set => pairs.Aggregate(false, (changed, pair) => set.Remove(pair) | changed));
        }

        connection.Send(AdvancedTradeChannels.Subscriptions, _clock.UtcNow, AdvancedTradeFeedJson.Subscriptions(connection.Inner.Subscriptions));
    }

    /// <summary>The (channel, product) pairs a frame names; product "" stands for all products or none.</summary>
    private List<(string Channel, string ProductId)> Pairs(AdvancedTradeFeedConnection connection, AdvancedTradeSubscribeRequest request)
    {
        string channel = request.Channel;
        if (AdvancedTradeChannels.IsProductless(channel))
        {
            return [(channel, "")];
        }

        if (request.ProductIds.Count == 0)
        {
            if (!request.IsSubscribe)
            {
                return [.. connection.Inner.Subscriptions.Where(pair => pair.Channel == channel)];
            }

            return AdvancedTradeChannels.RequiresProducts(channel)
                ? throw new FeedRequestException(NotSubscribed, $"product_ids are required for channel '{channel}'")
                : [(channel, "")];
        }

        return [.. request.ProductIds.Select(id => (channel, (Engine.Market(id) ?? throw new FeedRequestException(NotSubscribed, $"{id} is not a valid product")).Product.Id))];
    }

    /// <summary>
    /// Adds one subscription under its product's lock (every product's, for the user channel of all
    /// products), after queueing its snapshot, so that no update can slip between the two.
    /// </summary>
    private void AddWithSnapshot(AdvancedTradeFeedConnection connection, string channel, string productId)
    {
        var now = _clock.UtcNow;
        IReadOnlyList<ProductMarket> markets = productId.Length > 0 ? [Engine.Market(productId)!] : Engine.Markets;
        byte[]? snapshot = channel switch
        {
            AdvancedTradeChannels.Status => AdvancedTradeFeedJson.Status(AdvancedTradeFeedJson.Snapshot, markets),
            AdvancedTradeChannels.FuturesBalanceSummary => AdvancedTradeFeedJson.FuturesBalanceSummary(AdvancedTradeFeedJson.Snapshot),
            _ => null,
        };
        if (snapshot is not null || channel == AdvancedTradeChannels.Heartbeats)
        {
            Add(snapshot);
            return;
        }

        LockAll(markets, 0, () =>
        {
            if (channel == AdvancedTradeChannels.User)
            {
                var open = markets.SelectMany(market => market.UserOrders.Where(order => order.Owner == connection.Inner.User && !order.IsDone)).ToList();
                for (int start = 0; start == 0 || start < open.Count; start += AdvancedTradeUserJson.SnapshotBatch)
                {
                    var batch = open.Skip(start).Take(AdvancedTradeUserJson.SnapshotBatch).Select(order => (order, FillCount(order)));
                    connection.Send(channel, now, AdvancedTradeUserJson.Orders(AdvancedTradeFeedJson.Snapshot, batch, PortfolioId, TakerFeeRate));
                }

                connection.Inner.UpdateSubscriptions(set => set.Add((channel, productId)));
                return;
            }

            var market = markets[0];
            Add(channel switch
            {
                AdvancedTradeChannels.Level2 => AdvancedTradeFeedJson.Level2Snapshot(market, now),
                AdvancedTradeChannels.Ticker or AdvancedTradeChannels.TickerBatch => AdvancedTradeFeedJson.Ticker(AdvancedTradeFeedJson.Snapshot, market, now),
                AdvancedTradeChannels.MarketTrades => AdvancedTradeFeedJson.MarketTrades(AdvancedTradeFeedJson.Snapshot, productId, market.History.NewestFirst.Take(50)),
                _ => AdvancedTradeFeedJson.Candles(AdvancedTradeFeedJson.Snapshot, productId, CurrentCandle(market, now)),
            });
        });

        void Add(byte[]? first)
        {
            if (first is not null)
            {
                connection.Send(AdvancedTradeChannels.MessageChannel(channel), now, first);
            }

            connection.Inner.UpdateSubscriptions(set => set.Add((channel, productId)));
        }
    }

    /// <summary>How many fills an order has had. Call under its product's lock.</summary>
    public int FillCount(SandboxOrder order) =>
        Engine.Market(order.Product.Id)!.Fills.Count(fill => string.Equals(fill.OrderId, order.Id, StringComparison.Ordinal));

    /// <summary>The product's 5-minute candle that holds <paramref name="now"/>, or null before a trade in it. Call under the product's lock.</summary>
    public static Candle? CurrentCandle(ProductMarket market, DateTimeOffset now)
    {
        const int Width = 300;
        var start = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / Width * Width);
        return market.History.Candles(Width, start, now).FirstOrDefault();
    }

    /// <summary>Runs an action holding every market's lock, taken in catalog order.</summary>
    private static void LockAll(IReadOnlyList<ProductMarket> markets, int index, Action action)
    {
        if (index == markets.Count)
        {
            action();
            return;
        }

        lock (markets[index].Gate)
        {
            LockAll(markets, index + 1, action);
        }
    }
}
