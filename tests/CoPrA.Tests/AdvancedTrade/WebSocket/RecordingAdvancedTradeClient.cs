using CoPrA.AdvancedTrade;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

/// <summary>An Advanced Trade feed client whose callbacks record what they see, for tests to await.</summary>
internal sealed class RecordingAdvancedTradeClient(IEnumerable<AdvancedTradeChannel> channels, AdvancedTradeWebSocketClientOptions options)
    : AdvancedTradeWebSocketClient(channels, options)
{
    public System.Threading.Channels.Channel<AdvancedTradeFeedMessage> Messages { get; } = System.Threading.Channels.Channel.CreateUnbounded<AdvancedTradeFeedMessage>();

    public System.Threading.Channels.Channel<string> Errors { get; } = System.Threading.Channels.Channel.CreateUnbounded<string>();

    public System.Threading.Channels.Channel<SequenceGap> Gaps { get; } = System.Threading.Channels.Channel.CreateUnbounded<SequenceGap>();

    public System.Threading.Channels.Channel<bool> Closes { get; } = System.Threading.Channels.Channel.CreateUnbounded<bool>();

    /// <summary>Options for a scripted server: short jitter-free backoff, no idle timeout, no pings.</summary>
    public static AdvancedTradeWebSocketClientOptions Options(Uri marketData, Uri? userData = null, CdpApiKey? key = null) => new()
    {
        MarketDataUrl = marketData.ToString(),
        UserDataUrl = (userData ?? marketData).ToString(),
        ApiKey = key,
        ReconnectDelay = TimeSpan.FromMilliseconds(20),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
        ReconnectJitter = 0,
        IdleTimeout = Timeout.InfiniteTimeSpan,
        Name = "at test feed",
    };

    /// <summary>The next message of type <typeparamref name="T"/>, skipping others.</summary>
    public async Task<T> NextAsync<T>()
        where T : AdvancedTradeFeedMessage
    {
        while (true)
        {
            if (await Messages.Reader.NextAsync() is T match)
            {
                return match;
            }
        }
    }

    protected override Task OnMessageAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken = default)
    {
        Messages.Writer.TryWrite(message);
        return Task.CompletedTask;
    }

    protected override Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken = default)
    {
        Errors.Writer.TryWrite(message);
        return Task.CompletedTask;
    }

    protected override Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default)
    {
        Gaps.Writer.TryWrite(gap);
        return Task.CompletedTask;
    }

    protected override Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default)
    {
        Closes.Writer.TryWrite(wasClean);
        return Task.CompletedTask;
    }
}
