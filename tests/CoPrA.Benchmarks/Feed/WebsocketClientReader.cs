using System.Net.WebSockets;
using Websocket.Client;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// The feed read through the Websocket.Client package (the reconnecting wrapper docs/design-decisions.md
/// weighs against our own connection core): each message from its <c>MessageReceived</c> observable
/// has every token walked, as the bare loop does. Text conversion is off, so the messages arrive as
/// the UTF-8 bytes a JSON reader wants rather than as strings to encode back; reconnection and the
/// no-message timeout are off, as they are for the typed client in the same run.
/// </summary>
internal static class WebsocketClientReader
{
    public static async Task<FeedThroughput.Result> RunAsync(Uri url, long messages)
    {
        var done = new TaskCompletionSource<FeedThroughput.Result>(TaskCreationOptions.RunContinuationsAsynchronously);
        long received = 0, tokens = 0;
        var meter = default(FeedThroughput.Meter);
        using var client = new WebsocketClient(url)
        {
            IsReconnectionEnabled = false,
            ReconnectTimeout = null,
            IsTextMessageConversionEnabled = false,
        };
        using var subscription = client.MessageReceived.Subscribe(message =>
        {
            byte[] bytes = message.Binary ?? throw new InvalidOperationException($"Websocket.Client delivered a {message.MessageType} message without bytes.");
            if (++received == 1)
            {
                meter = FeedThroughput.Meter.Start();
            }

            tokens += FeedThroughput.WalkTokens(bytes);
            if (received == messages)
            {
                done.TrySetResult(meter.Stop(messages - 1));
            }
        });
        await client.StartOrFail();
        var result = await done.Task;
        await client.Stop(WebSocketCloseStatus.NormalClosure, "");
        GC.KeepAlive(tokens);
        return result;
    }
}
