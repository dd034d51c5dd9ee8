using System.Globalization;
using System.Net.WebSockets;
using CoPrA.Sandbox.Auth;
using CoPrA.Sandbox.Engine;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.Feed;

/// <summary>
/// The feed server: keeps the connections, answers subscribe and unsubscribe frames, sends each
/// new subscription its first messages (level-2 snapshot, last match, ticker, status), and
/// enforces the subscribe deadline.
/// </summary>
internal sealed class FeedHub
{
    private readonly Lock _gate = new();
    private readonly RequestAuthenticator _authenticator;
    private readonly SandboxClock _clock;
    private readonly SandboxOptions _options;
    private readonly ChangeNotifier _changes;
    private FeedConnection[] _connections = [];
    private TaskCompletionSource<SandboxSubscription> _nextSubscribe = NewSubscribeSource();
    private long _lastConnectionId;
    private long _acceptedCount;
    private long _subscribeCount;

    public FeedHub(RequestAuthenticator authenticator, SandboxClock clock, SandboxOptions options, ChangeNotifier changes)
    {
        _authenticator = authenticator;
        _clock = clock;
        _options = options;
        _changes = changes;
    }

    /// <summary>The engine, set once at start-up (the engine and the feed refer to each other).</summary>
    public MatchingEngine Engine { get; set; } = null!;

    /// <summary>The publisher, set once at start-up; it remembers each product's last match.</summary>
    public FeedPublisher Publisher { get; set; } = null!;

    /// <summary>Builds the status channel's message.</summary>
    public Func<byte[]> StatusFrame { get; set; } = () => [];

    /// <summary>The open connections (a snapshot; never mutated).</summary>
    public IReadOnlyList<FeedConnection> Connections => Volatile.Read(ref _connections);

    /// <summary>Handshakes accepted since start.</summary>
    public long AcceptedCount => Interlocked.Read(ref _acceptedCount);

    /// <summary>Subscribe frames accepted since start.</summary>
    public long SubscribeCount => Interlocked.Read(ref _subscribeCount);

    /// <summary>Completes with the next accepted subscription.</summary>
    public Task<SandboxSubscription> NextSubscribeAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _nextSubscribe).Task.WaitAsync(cancellationToken);

    /// <summary>Serves one accepted WebSocket until it ends or <paramref name="cancellationToken"/> ends it.</summary>
    public async Task RunConnectionAsync(HttpContext context, System.Net.WebSockets.WebSocket socket, CancellationToken cancellationToken)
    {
        var connection = new FeedConnection(Interlocked.Increment(ref _lastConnectionId), context, socket, _options.FeedQueueCapacity);
        lock (_gate)
        {
            _connections = [.. _connections, connection];
        }

        Interlocked.Increment(ref _acceptedCount);
        _changes.Notify();
        var deadline = EnforceSubscribeDeadlineAsync(connection, connection.Stopping);
        try
        {
            await connection.RunAsync(OnFrameAsync, cancellationToken).ConfigureAwait(false);
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

    private async Task EnforceSubscribeDeadlineAsync(FeedConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.SubscribeTimeout, _clock.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!connection.HasSubscribed)
        {
            string reason = string.Create(CultureInfo.InvariantCulture, $"no subscribe message within {_options.SubscribeTimeout.TotalSeconds:0.###} seconds");
            await connection.CloseAsync(WebSocketCloseStatus.PolicyViolation, "subscribe timeout", FeedFrames.Error("Failed to subscribe", reason), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task OnFrameAsync(FeedConnection connection, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        // Frames are handled synchronously: subscribing only queues messages.
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Handle(connection, SubscribeRequest.Read(frame));
        }
        catch (FeedRequestException ex)
        {
            connection.Send(FeedFrames.Error(ex.Message, ex.Reason));
        }

        return Task.CompletedTask;
    }

    private void Handle(FeedConnection connection, SubscribeRequest request)
    {
        if (!request.Auth.IsEmpty)
        {
            const string NotAuthenticated = "Sorry, you could not be authenticated: Bad Request";
            if (request.Auth.FirstMissing("key", "signature", "timestamp", "passphrase") is { } missing)
            {
                throw new FeedRequestException(NotAuthenticated, $"{missing} is required");
            }

            var result = _authenticator.Authenticate(request.Auth, "GET", SubscribeRequest.VerifyPath, "");
            connection.User = result.User ?? throw new FeedRequestException(NotAuthenticated, result.Error!);
        }

        var pairs = new List<(string Channel, string ProductId)>();
        foreach (var requested in request.Channels)
        {
            string channel = FeedChannels.Resolve(requested.Name, out string? reason) ?? throw new FeedRequestException("Failed to subscribe", reason!);
            if (request.IsSubscribe && connection.User is null && FeedChannels.RequiresAuthentication(channel))
            {
                throw new FeedRequestException("Failed to subscribe", $"{channel} channel requires authentication");
            }

            if (channel == FeedChannels.Status)
            {
                pairs.Add((channel, ""));
                continue;
            }

            if (requested.ProductIds.Count == 0)
            {
                // Unsubscribing from a channel with no product ids drops the whole channel.
                pairs.AddRange(request.IsSubscribe
                    ? throw new FeedRequestException("Failed to subscribe", $"no product ids given for channel {channel}")
                    : connection.Subscriptions.Where(pair => pair.Channel == channel));
                continue;
            }

            foreach (string productId in requested.ProductIds)
            {
                var market = Engine.Market(productId) ?? throw new FeedRequestException("Failed to subscribe", $"{productId} is not a valid product");
                pairs.Add((channel, market.Product.Id));
            }
        }

        if (request.IsSubscribe)
        {
            Subscribe(connection, pairs);
        }
        else
        {
            connection.UpdateSubscriptions(set => pairs.Aggregate(false, (changed, pair) => set.Remove(pair) | changed));
            connection.Send(FeedFrames.Subscriptions(connection.Subscriptions, FeedChannels.Served));
        }
    }

    private void Subscribe(FeedConnection connection, List<(string Channel, string ProductId)> pairs)
    {
        var added = pairs.Distinct().Where(pair => !connection.Subscriptions.Contains(pair)).ToList();
        var after = new HashSet<(string Channel, string ProductId)>(connection.Subscriptions);
        after.UnionWith(pairs);
        connection.Send(FeedFrames.Subscriptions(after, FeedChannels.Served));
        foreach (var pair in added)
        {
            AddWithFirstMessages(connection, pair);
        }

        connection.HasSubscribed = true;
        Interlocked.Increment(ref _subscribeCount);
        var subscription = new SandboxSubscription(
            connection.Id,
            connection.User is not null,
            [.. after.GroupBy(pair => pair.Channel).Select(group => new SandboxChannel(group.Key, [.. group.Select(pair => pair.ProductId).Where(id => id.Length > 0)]))]);
        Interlocked.Exchange(ref _nextSubscribe, NewSubscribeSource()).TrySetResult(subscription);
        _changes.Notify();
    }

    /// <summary>
    /// Adds one subscription under its product's lock, after queueing its first message, so that
    /// no update can slip between a snapshot and the subscription that follows it.
    /// </summary>
    private void AddWithFirstMessages(FeedConnection connection, (string Channel, string ProductId) pair)
    {
        if (pair.Channel == FeedChannels.Status)
        {
            connection.Send(StatusFrame());
            connection.UpdateSubscriptions(set => set.Add(pair));
            return;
        }

        var market = Engine.Market(pair.ProductId)!;
        lock (market.Gate)
        {
            byte[]? first = pair.Channel switch
            {
                FeedChannels.Level2 or FeedChannels.Level2Batch => FeedFrames.Snapshot(market),
                FeedChannels.Matches => Publisher.LastMatch(market),
                FeedChannels.Ticker => market.History.Last is { } last
                    ? FeedFrames.Ticker(market, market.Sequence, last.Side == Side.Buy ? Side.Sell : Side.Buy, _clock.UtcNow)
                    : null,
                _ => null,
            };
            if (first is not null)
            {
                connection.Send(first);
            }

            connection.UpdateSubscriptions(set => set.Add(pair));
        }
    }

    private static TaskCompletionSource<SandboxSubscription> NewSubscribeSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
