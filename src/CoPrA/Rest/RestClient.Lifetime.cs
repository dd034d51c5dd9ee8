namespace CoPrA.Rest;

// CoPrA's Client.closed, kept apart from the core so that the sending code stays as it is.
public partial class RestClient
{
    /// <summary>Whether the client has been disposed (CoPrA's <c>closed</c>); a closed client refuses every call.</summary>
    public virtual bool IsClosed => _pipeline.IsDisposed;
}
