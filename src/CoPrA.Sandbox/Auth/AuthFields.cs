namespace CoPrA.Sandbox.Auth;

/// <summary>The four authentication values of a request; any may be missing.</summary>
internal sealed record AuthFields(string? Key, string? Signature, string? Timestamp, string? Passphrase)
{
    /// <summary>Whether none of the four was sent (an anonymous request).</summary>
    public bool IsEmpty => Key is null && Signature is null && Timestamp is null && Passphrase is null;

    /// <summary>The name (as the caller spells it) of the first value missing, or null when all four are there.</summary>
    public string? FirstMissing(string key, string signature, string timestamp, string passphrase) =>
        string.IsNullOrEmpty(Key) ? key
        : string.IsNullOrEmpty(Signature) ? signature
        : string.IsNullOrEmpty(Timestamp) ? timestamp
        : string.IsNullOrEmpty(Passphrase) ? passphrase
        : null;
}
