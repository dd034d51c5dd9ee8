using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Computes Coinbase Exchange HMAC signatures, shared by the REST and WebSocket clients:
/// <c>base64(HMAC-SHA256(base64decode(secret), timestamp + METHOD + requestPath + body))</c>.
/// Timestamps come from a <see cref="TimeProvider"/> plus a clock offset learned from the server,
/// so that a skewed local clock does not break signing. Nothing public returns the secret or the
/// passphrase: the signed headers, which carry the passphrase, stay inside the library. Thread-safe.
/// </summary>
public sealed class CoinbaseSigner
{
    /// <summary>The path whose GET signature authenticates a WebSocket subscription.</summary>
    public const string WebSocketVerifyPath = "/users/self/verify";

    private const int StackLimit = 1024;
    private readonly Credentials _credentials;
    private readonly ServerClock _clock;

    // A keyed HMAC per thread: a one-shot HMAC sets the key up again on every call, which on
    // OpenSSL costs more than hashing a whole request; a reset keyed HMAC does not.
    private readonly ThreadLocal<IncrementalHash> _hmac;

    /// <summary>Creates a signer for one API key.</summary>
    /// <param name="credentials">The key to sign with.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when null.</param>
    public CoinbaseSigner(Credentials credentials, TimeProvider? timeProvider = null)
        : this(credentials, new ServerClock(timeProvider ?? TimeProvider.System))
    {
    }

    /// <summary>Creates a signer that reads the time from a session's clock, offset included.</summary>
    internal CoinbaseSigner(Credentials credentials, ServerClock clock)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials;
        _clock = clock;
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, credentials.SecretBytes));
    }

    /// <summary>The credentials this signer signs with; internal so that no public member leads to the secret.</summary>
    internal Credentials Credentials => _credentials;

    /// <summary>
    /// Server time minus local time, added to every timestamp. Learned from <c>GET /time</c>;
    /// zero until then.
    /// </summary>
    public TimeSpan ClockOffset
    {
        get => _clock.Offset;
        set => _clock.Offset = value;
    }

    /// <summary>
    /// The current timestamp as Coinbase expects it: Unix seconds with a millisecond fraction,
    /// formatted with the invariant culture (for example <c>1539968909.917</c>).
    /// </summary>
    public string CreateTimestamp() => FormatTimestamp(_clock.GetUtcNow());

    /// <summary>Formats an instant as Unix seconds with a millisecond fraction.</summary>
    /// <param name="instant">The instant to format.</param>
    public static string FormatTimestamp(DateTimeOffset instant)
    {
        long ms = instant.ToUnixTimeMilliseconds();
        return string.Create(CultureInfo.InvariantCulture, $"{ms / 1000}.{ms % 1000:D3}");
    }

    /// <summary>Signs one request with a fresh timestamp and returns the four CB-ACCESS values.</summary>
    /// <param name="method">The HTTP method, any case; it is upper-cased for signing.</param>
    /// <param name="requestPath">The path and query exactly as sent, for example <c>/orders?limit=100</c>.</param>
    /// <param name="body">The exact body text sent, or empty.</param>
    internal SignedHeaders Sign(string method, string requestPath, string body = "")
    {
        string timestamp = CreateTimestamp();
        return new SignedHeaders(_credentials.Key, ComputeSignature(timestamp, method, requestPath, body), timestamp, _credentials.Passphrase);
    }

    /// <summary>Signs a WebSocket subscribe or unsubscribe frame with a fresh timestamp.</summary>
    internal SignedHeaders SignWebSocket() => Sign("GET", WebSocketVerifyPath);

    /// <summary>Computes the signature for a given timestamp, method, path and body.</summary>
    /// <param name="timestamp">The exact string sent as CB-ACCESS-TIMESTAMP.</param>
    /// <param name="method">The HTTP method, any case; it is upper-cased for signing.</param>
    /// <param name="requestPath">The path and query exactly as sent.</param>
    /// <param name="body">The exact body text sent, or empty.</param>
    public string ComputeSignature(string timestamp, string method, string requestPath, string body = "") =>
        ComputeSignature(_hmac.Value!, null, timestamp, method, requestPath, body);

    /// <summary>Computes a signature from a raw HMAC key; used by the sandbox to verify.</summary>
    internal static string ComputeSignature(byte[] key, string timestamp, string method, string requestPath, string body) =>
        ComputeSignature(null, key, timestamp, method, requestPath, body);

    /// <summary>Signs with a keyed HMAC when given one, else with a one-shot HMAC over <paramref name="key"/>.</summary>
    private static string ComputeSignature(IncrementalHash? keyedHmac, byte[]? key, string timestamp, string method, string requestPath, string body)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(requestPath);
        body ??= string.Empty;

        int maxBytes = Encoding.UTF8.GetMaxByteCount(timestamp.Length + method.Length + requestPath.Length + body.Length);
        byte[]? rented = null;
        Span<byte> prehash = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            int length = Encoding.UTF8.GetBytes(timestamp, prehash);
            length += WriteUpperAscii(method, prehash[length..]);
            length += Encoding.UTF8.GetBytes(requestPath, prehash[length..]);
            length += Encoding.UTF8.GetBytes(body, prehash[length..]);

            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            if (keyedHmac is not null)
            {
                keyedHmac.AppendData(prehash[..length]);
                keyedHmac.GetHashAndReset(mac);
            }
            else
            {
                HMACSHA256.HashData(key, prehash[..length], mac);
            }

            return Convert.ToBase64String(mac);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes an ASCII HTTP method upper-cased; shared with the Advanced Trade JWT signer.</summary>
    internal static int WriteUpperAscii(string method, Span<byte> destination)
    {
        for (int i = 0; i < method.Length; i++)
        {
            char c = method[i];
            destination[i] = (byte)(c is >= 'a' and <= 'z' ? c - 32 : c);
        }

        return method.Length;
    }
}

/// <summary>
/// The four values that authenticate a request: key, signature, timestamp and passphrase.
/// <c>JsonSerializer</c> writes the key and timestamp only. Internal: it carries the passphrase,
/// which no public member may return.
/// </summary>
/// <param name="Key">Sent as CB-ACCESS-KEY.</param>
/// <param name="Signature">Sent as CB-ACCESS-SIGN; never printed by <see cref="ToString"/>, never serialized.</param>
/// <param name="Timestamp">Sent as CB-ACCESS-TIMESTAMP.</param>
/// <param name="Passphrase">Sent as CB-ACCESS-PASSPHRASE; never printed by <see cref="ToString"/>, never serialized.</param>
internal readonly record struct SignedHeaders(string Key, [property: JsonIgnore] string Signature, string Timestamp, [property: JsonIgnore] string Passphrase)
{
    /// <summary>Shows the key and timestamp only.</summary>
    public override string ToString() => $"SignedHeaders {{ Key = {Key}, Timestamp = {Timestamp}, Signature = ***, Passphrase = *** }}";
}
