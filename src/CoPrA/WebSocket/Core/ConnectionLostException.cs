namespace CoPrA.WebSocket;

/// <summary>An open feed connection ended without <see cref="WebSocketClient.CloseAsync"/>; it drives the reconnect.</summary>
internal sealed class ConnectionLostException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">How the connection ended.</param>
    public ConnectionLostException(string message)
        : base(message)
    {
    }
}
