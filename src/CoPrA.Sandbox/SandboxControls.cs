using System.Net;
using System.Net.WebSockets;
using System.Text;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Feed;
using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest;

namespace CoPrA.Sandbox;

/// <summary>
/// Levers and gauges for tests: fail, slow, garble, cut or drop REST requests, skew the exchange's clock, drop or
/// close feed connections, refuse handshakes, flood subscribers, pause the market maker, trade
/// as another user, and await connection and subscription events instead of sleeping.
/// </summary>
public sealed partial class SandboxControls
{
    private readonly SandboxServices _services;
    private readonly MarketMaker.MarketMaker _marketMaker;

    internal SandboxControls(SandboxServices services, MarketMaker.MarketMaker marketMaker)
    {
        _services = services;
        _marketMaker = marketMaker;
    }

    /// <summary>REST requests received since start (WebSocket handshakes excluded).</summary>
    public long RestRequestCount => _services.Faults.RequestCount;

    /// <summary>
    /// How far the exchange's clock is ahead of the host's (negative: behind). Requests whose
    /// timestamp is more than 30 seconds from the exchange's clock are refused as expired, and
    /// <c>GET /time</c> and every time the exchange writes follow this clock.
    /// </summary>
    public TimeSpan ClockSkew
    {
        get => _services.Clock.Skew;
        set => _services.Clock.Skew = value;
    }

    /// <summary>Open feed connections now.</summary>
    public int FeedConnectionCount => _services.Hub.Connections.Count;

    /// <summary>WebSocket handshakes accepted since start.</summary>
    public long FeedHandshakeCount => _services.Hub.AcceptedCount;

    /// <summary>Subscribe frames accepted since start.</summary>
    public long FeedSubscribeCount => _services.Hub.SubscribeCount;

    /// <summary>Whether the market maker is paused.</summary>
    public bool IsMarketMakerPaused => _marketMaker.IsPaused;

    /// <summary>Answers the next <paramref name="count"/> REST requests with a status and <c>{"message": ...}</c>, before authentication.</summary>
    /// <param name="count">How many requests to fail.</param>
    /// <param name="statusCode">The status, for example 429 or 503.</param>
    /// <param name="message">The message; the status's reason phrase when null.</param>
    /// <param name="retryAfter">Sent as a Retry-After header (whole seconds) when given.</param>
    public void FailNextRequests(int count, HttpStatusCode statusCode, string? message = null, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan((int)statusCode, 400, nameof(statusCode));
        _services.Faults.FailNext(count, (int)statusCode, message, retryAfter);
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> REST requests to one method and path (for
    /// example <c>DELETE /orders/&lt;id&gt;</c>) with a status and <c>{"message": ...}</c>, before
    /// authentication; other requests go through. Checked after <see cref="FailNextRequests"/>.
    /// Arming a target again replaces its count; a count of 0 disarms it.
    /// </summary>
    /// <param name="method">The request method.</param>
    /// <param name="path">The exact path, without the query.</param>
    /// <param name="count">How many requests to fail; <see cref="int.MaxValue"/> fails every one.</param>
    /// <param name="statusCode">The status, for example 503 or 400.</param>
    /// <param name="message">The message; the status's reason phrase when null.</param>
    public void FailNextRequestsTo(HttpMethod method, string path, int count, HttpStatusCode statusCode, string? message = null)
    {
        CheckTarget(method, path, count);
        ArgumentOutOfRangeException.ThrowIfLessThan((int)statusCode, 400, nameof(statusCode));
        _services.Faults.FailNextTo(method.Method, path, count, (int)statusCode, message);
    }

    /// <summary>
    /// Drops the connection of each of the next <paramref name="count"/> REST requests to one method
    /// and path (for example <c>POST /orders</c>), without a byte of answer: either as the request
    /// arrives, so that the exchange never sees it (no order is placed), or after the exchange has
    /// acted on it in full (the order is placed and its answer is lost). Faults armed for a target
    /// add up, and each request to it takes the oldest, together with those of
    /// <see cref="DelayNextRequestsTo"/>. Checked after <see cref="FailNextRequestsTo"/>;
    /// <see cref="ClearRequestFailuresByTarget"/> disarms them.
    /// </summary>
    /// <param name="method">The request method.</param>
    /// <param name="path">The exact path, without the query.</param>
    /// <param name="count">How many requests to drop.</param>
    /// <param name="afterHandling">False: drop before the exchange sees the request. True: drop after it acted on it.</param>
    public void DropNextRequestsTo(HttpMethod method, string path, int count, bool afterHandling)
    {
        CheckTarget(method, path, count);
        _services.Faults.FaultNextTo(method.Method, path, count, afterHandling ? TargetFaultKind.DropAfterHandling : TargetFaultKind.DropBeforeHandling, TimeSpan.Zero);
    }

    /// <summary>
    /// Holds each of the next <paramref name="count"/> REST requests to one method and path back for
    /// <paramref name="delay"/>, then lets the exchange act on it even if the client has given up
    /// meanwhile (an order whose client timed out is placed late), and answers if the client is
    /// still there. Armed and taken like <see cref="DropNextRequestsTo"/>.
    /// </summary>
    /// <param name="method">The request method.</param>
    /// <param name="path">The exact path, without the query.</param>
    /// <param name="count">How many requests to hold back.</param>
    /// <param name="delay">How long each is held before the exchange acts on it.</param>
    public void DelayNextRequestsTo(HttpMethod method, string path, int count, TimeSpan delay)
    {
        CheckTarget(method, path, count);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        _services.Faults.FaultNextTo(method.Method, path, count, TargetFaultKind.DelayThenHandle, delay);
    }

    /// <summary>Disarms every failure and fault armed with <see cref="FailNextRequestsTo"/>, <see cref="DropNextRequestsTo"/> and <see cref="DelayNextRequestsTo"/>.</summary>
    public void ClearRequestFailuresByTarget() => _services.Faults.ClearTargetFailures();

    /// <summary>
    /// Answers the next <paramref name="count"/> REST requests with a raw body, as is, before
    /// authentication: invalid JSON on a 200, a proxy's HTML error page, or a huge canned page.
    /// </summary>
    /// <param name="count">How many requests to answer so.</param>
    /// <param name="statusCode">The status, 200 included.</param>
    /// <param name="body">The body, sent as UTF-8 with its Content-Length.</param>
    /// <param name="contentType">The Content-Type header.</param>
    public void AnswerNextRequests(int count, HttpStatusCode statusCode, string body, string contentType = "application/json")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan((int)statusCode, 200, nameof(statusCode));
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        _services.Faults.AnswerNext(count, (int)statusCode, body, contentType);
    }

    /// <summary>
    /// Lets each of the next <paramref name="count"/> REST requests act as usual (an order is
    /// placed), then cuts its answer off: the headers announce the whole body, half of it is sent,
    /// and the connection is dropped.
    /// </summary>
    /// <param name="count">How many answers to cut.</param>
    public void CutNextResponses(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _services.Faults.CutNext(count);
    }

    /// <summary>Holds each of the next <paramref name="count"/> REST requests back for <paramref name="delay"/> before answering.</summary>
    /// <param name="count">How many requests to slow down.</param>
    /// <param name="delay">How long each waits.</param>
    public void DelayNextRequests(int count, TimeSpan delay)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        _services.Faults.DelayNext(count, delay);
    }

    /// <summary>Refuses the next <paramref name="count"/> WebSocket handshakes with an HTTP status instead of upgrading.</summary>
    /// <param name="count">How many handshakes to refuse.</param>
    /// <param name="statusCode">The status to answer with; 503 by default.</param>
    public void RefuseNextHandshakes(int count, HttpStatusCode statusCode = HttpStatusCode.ServiceUnavailable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan((int)statusCode, 400, nameof(statusCode));
        _services.Handshakes.RefuseNext(count, (int)statusCode);
    }

    /// <summary>Drops every feed connection at the TCP level, with no close frame (a network failure). Returns how many were dropped.</summary>
    public int AbortFeedConnections()
    {
        var connections = _services.Hub.Connections;
        foreach (var connection in connections)
        {
            connection.Abort();
        }

        return connections.Count;
    }

    /// <summary>Closes every feed connection with a close frame (1001 going away by default). Returns how many were closed.</summary>
    /// <param name="status">The close status.</param>
    /// <param name="reason">The close reason.</param>
    /// <param name="cancellationToken">Stops waiting for the close frames to be sent.</param>
    public async Task<int> CloseFeedConnectionsAsync(WebSocketCloseStatus status = WebSocketCloseStatus.EndpointUnavailable, string reason = "going away", CancellationToken cancellationToken = default)
    {
        var connections = _services.Hub.Connections;
        await Task.WhenAll(connections.Select(connection => connection.CloseAsync(status, reason, default, cancellationToken))).ConfigureAwait(false);
        return connections.Count;
    }

    /// <summary>
    /// Sends <paramref name="count"/> ticker messages of a product to every connection that has
    /// subscribed to anything, as fast as each connection takes them (for throughput and soak
    /// tests). Completes when every connection has sent them all or ended.
    /// </summary>
    /// <param name="count">Messages per connection.</param>
    /// <param name="productId">The product the tickers are for.</param>
    /// <param name="cancellationToken">Stops waiting (the messages keep flowing).</param>
    public Task StreamMessagesAsync(int count, string productId = "BTC-USD", CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var market = Market(productId);
        decimal price;
        lock (market.Gate)
        {
            price = market.History.Last?.Price ?? market.Product.ReferencePrice;
        }

        var time = _services.Clock.UtcNow;
        byte[] Frame(long n) => FeedFrames.Serialize(
            new TickerMessage { Sequence = n, ProductId = market.Product.Id, Price = price, Side = "buy", Time = time, TradeId = n, LastSize = market.Product.BaseIncrement },
            SandboxJsonContext.Default.TickerMessage);
        var streams = _services.Hub.Connections.Where(connection => connection.HasSubscribed).Select(connection => connection.EnqueueBurst(count, Frame));
        return Task.WhenAll(streams).WaitAsync(cancellationToken);
    }

    /// <summary>Sends a raw text frame (which need not be JSON) to every feed connection. Returns how many got it.</summary>
    /// <param name="text">The frame's text.</param>
    public int BroadcastRawFrame(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] frame = Encoding.UTF8.GetBytes(text);
        var connections = _services.Hub.Connections;
        foreach (var connection in connections)
        {
            connection.Send(frame);
        }

        return connections.Count;
    }

    /// <summary>Completes when exactly <paramref name="count"/> feed connections are open.</summary>
    /// <param name="count">The number to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForFeedConnectionsAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _services.Changes.WaitAsync(() => _services.Hub.Connections.Count == count, cancellationToken);
    }

    /// <summary>Completes when at least <paramref name="count"/> handshakes have been accepted since start.</summary>
    /// <param name="count">The number to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForFeedHandshakesAsync(long count, CancellationToken cancellationToken = default) =>
        _services.Changes.WaitAsync(() => _services.Hub.AcceptedCount >= count, cancellationToken);

    /// <summary>Completes when at least <paramref name="count"/> REST requests have been received since start (see <see cref="RestRequestCount"/>).</summary>
    /// <param name="count">The number to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForRestRequestsAsync(long count, CancellationToken cancellationToken = default) =>
        _services.Changes.WaitAsync(() => _services.Faults.RequestCount >= count, cancellationToken);

    /// <summary>Completes with the next subscribe frame the feed accepts.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<SandboxSubscription> NextSubscribeAsync(CancellationToken cancellationToken = default) =>
        _services.Hub.NextSubscribeAsync(cancellationToken);

    /// <summary>Stops the market maker placing, cancelling and trading; its resting quotes stay.</summary>
    public void PauseMarketMaker() => _marketMaker.IsPaused = true;

    /// <summary>Lets a paused market maker go on.</summary>
    public void ResumeMarketMaker() => _marketMaker.IsPaused = false;

    /// <summary>Sets the balance of one of the API key's accounts (holds stay as they are).</summary>
    /// <param name="currency">Currency, for example <c>USD</c>.</param>
    /// <param name="balance">The new balance.</param>
    public void SetBalance(string currency, decimal balance)
    {
        var known = _services.Catalog.FindCurrency(currency) ?? throw new ArgumentException($"Unknown currency '{currency}'.", nameof(currency));
        ArgumentOutOfRangeException.ThrowIfNegative(balance);
        _services.Accounts.Open(_services.ApiUser, known.Id, balance);
    }

    /// <summary>
    /// Places a resting limit order as another trader (unlimited funds), for example to give the
    /// API user's orders something to trade with. Returns the order id.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="price">Limit price.</param>
    /// <param name="size">Size.</param>
    public string PlaceCounterpartyLimitOrder(string productId, Side side, decimal price, decimal size)
    {
        var market = Market(productId);
        CheckOrder(side, size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        return Place(_services.CounterpartyUser, new OrderRequest { Product = market.Product, Side = side, Type = OrderType.Limit, Price = price, Size = size });
    }

    /// <summary>
    /// Places a market order as another trader: it takes whatever rests on the other side (the
    /// counterparty's quotes and the API user's orders alike), and so moves the last trade price,
    /// which triggers stops.
    /// Returns the order id.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="size">Size.</param>
    public string PlaceCounterpartyMarketOrder(string productId, Side side, decimal size)
    {
        var market = Market(productId);
        CheckOrder(side, size);
        return Place(_services.CounterpartyTakerUser, new OrderRequest { Product = market.Product, Side = side, Type = OrderType.Market, Size = size });
    }

    /// <summary>Cancels every resting order of the market maker and the counterparty on a product (an empty book but for the API user's).</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    public void ClearBook(string productId)
    {
        var market = Market(productId);
        List<SandboxOrder> others;
        lock (market.Gate)
        {
            others = new[] { Side.Buy, Side.Sell }.SelectMany(side => market.Book.Levels(side)).SelectMany(level => level.Orders).Where(order => order.Owner.IsInternal).ToList();
        }

        foreach (var order in others)
        {
            try
            {
                _services.Engine.Cancel(order);
            }
            catch (SandboxApiException)
            {
                // Done meanwhile.
            }
        }
    }

    private string Place(Accounts.SandboxUser trader, OrderRequest request) => _services.Engine.Place(trader, request).Order.Id;

    private static void CheckTarget(HttpMethod method, string path, int count)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
    }

    private ProductMarket Market(string productId) =>
        _services.Engine.Market(productId) ?? throw new ArgumentException($"Unknown product '{productId}'.", nameof(productId));

    private static void CheckOrder(Side side, decimal size)
    {
        if (side is not (Side.Buy or Side.Sell))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "side must be Buy or Sell.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
    }
}
