namespace CoPrA.WebSocket;

/// <summary>
/// The connection core's seam for writing subscribe and unsubscribe frames (the Exchange's is
/// <see cref="ExchangeFrameWriter"/>: one frame naming every channel, HMAC-signed). A feed that
/// wants one frame per channel, each with fresh credentials, returns one frame per channel.
/// Called under the core's send lock, just before the frames are sent, so credentials made here
/// are fresh.
/// </summary>
internal interface ISubscriptionFrameWriter
{
    /// <summary>Whether frames carry credentials (for logs).</summary>
    bool Signs { get; }

    /// <summary>Writes the frames that ask for <paramref name="channels"/>, in the order to send them.</summary>
    /// <param name="frameType"><see cref="SubscriptionFrame.Subscribe"/> or <see cref="SubscriptionFrame.Unsubscribe"/>.</param>
    /// <param name="channels">What changes; never empty.</param>
    IReadOnlyList<OutgoingFrame> Write(string frameType, IReadOnlyList<Channel> channels);
}

/// <summary>One subscribe or unsubscribe frame to send; the server answers each one.</summary>
/// <param name="Utf8">The frame as UTF-8 JSON.</param>
/// <param name="Channels">The channels it names (what a refusal of it refers to).</param>
internal sealed record OutgoingFrame(byte[] Utf8, IReadOnlyList<Channel> Channels);
