namespace CoPrA.WebSocket;

/// <summary>
/// The Exchange feed's subscribe-frame writer for the connection core: one frame naming every
/// channel, signed afresh (HMAC over <c>GET /users/self/verify</c>) when the session has a key.
/// </summary>
/// <param name="signer">The session's signer, or null for unsigned frames.</param>
internal sealed class ExchangeFrameWriter(CoinbaseSigner? signer) : ISubscriptionFrameWriter
{
    /// <inheritdoc />
    public bool Signs => signer is not null;

    /// <inheritdoc />
    public IReadOnlyList<OutgoingFrame> Write(string frameType, IReadOnlyList<Channel> channels) =>
        [new OutgoingFrame(SubscriptionFrame.Build(frameType, channels, signer?.SignWebSocket()), channels)];
}
