using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoPrA;

/// <summary>
/// Mints the bearer JWTs of Advanced Trade from a <see cref="CdpApiKey"/>: header
/// <c>{"alg","kid","nonce","typ":"JWT"}</c> (keys sorted, as the official SDK writes them), claims
/// <c>sub, iss="cdp", nbf, exp=nbf+120</c> and, for REST, <c>uri="METHOD host/path"</c>. A fresh
/// random nonce per token; <c>nbf</c> from the session's <see cref="ServerClock"/>, so a learned
/// clock offset applies. Each token is built in one pooled buffer and allocates only its string.
/// Thread-safe.
/// </summary>
internal sealed class CdpJwtSigner
{
    /// <summary>Seconds from <c>nbf</c> to <c>exp</c>: Coinbase accepts a token for two minutes.</summary>
    internal const int LifetimeSeconds = 120;

    /// <summary>Random bytes per nonce; written as twice as many lower-case hex digits.</summary>
    internal const int NonceSize = 32;

    private const int NumberSize = 20;

    // Relaxed escaping leaves '/' (and '+') as they are, as the SDK's JSON does; a key name holds '/'.
    private static readonly JavaScriptEncoder Escaping = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private readonly CdpApiKey _key;
    private readonly ServerClock _clock;
    private readonly byte[] _headerStart;
    private readonly byte[] _claimsStart;

    /// <summary>Creates a signer for one key, reading the time from a session's clock.</summary>
    public CdpJwtSigner(CdpApiKey key, ServerClock clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(clock);
        _key = key;
        _clock = clock;
        string name = JsonEncodedText.Encode(key.Name, Escaping).ToString();
        _headerStart = Encoding.UTF8.GetBytes($"{{\"alg\":\"{key.JwtAlgorithm}\",\"kid\":\"{name}\",\"nonce\":\"");
        _claimsStart = Encoding.UTF8.GetBytes($"{{\"sub\":\"{name}\",\"iss\":\"cdp\",\"nbf\":");
    }

    /// <summary>The key this signer signs with.</summary>
    public CdpApiKey Key => _key;

    /// <summary>A token for one REST request.</summary>
    /// <param name="method">The HTTP method; upper-cased.</param>
    /// <param name="host">The host without scheme or port, such as <c>api.coinbase.com</c>.</param>
    /// <param name="path">The request path, such as <c>/api/v3/brokerage/accounts</c>; a query, if any, is left out of the token.</param>
    public string CreateRestToken(string method, string host, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(path);
        if (host.AsSpan().IndexOfAny("/:?# ") >= 0)
        {
            throw new ArgumentException("The host goes into the token without scheme, port or path, for example api.coinbase.com.", nameof(host));
        }

        int query = path.IndexOf('?', StringComparison.Ordinal);
        ReadOnlySpan<char> bare = query < 0 ? path : path.AsSpan(0, query);
        Span<byte> nonce = stackalloc byte[NonceSize];
        RandomNumberGenerator.Fill(nonce);
        return CreateToken(nonce, NotBefore(), method, host, bare);
    }

    /// <summary>A token for one WebSocket subscribe or unsubscribe frame: the REST claims without <c>uri</c>.</summary>
    public string CreateWebSocketToken()
    {
        Span<byte> nonce = stackalloc byte[NonceSize];
        RandomNumberGenerator.Fill(nonce);
        return CreateToken(nonce, NotBefore(), null, null, default);
    }

    /// <summary>
    /// Builds and signs a token from a given nonce and time; the seam for known-answer tests.
    /// Without <paramref name="method"/> the token has no <c>uri</c> claim.
    /// </summary>
    internal string CreateToken(ReadOnlySpan<byte> nonce, long notBefore, string? method, string? host, ReadOnlySpan<char> path)
    {
        // The uri claim escaped for JSON; a plain ASCII uri (every real one) is written straight from the strings.
        byte[]? escapedUri = method is null || IsPlain(method) && IsPlain(host) && IsPlain(path)
            ? null
            : JsonEncodedText.Encode($"{method.ToUpperInvariant()} {host}{path}", Escaping).EncodedUtf8Bytes.ToArray();
        int uriSize = method is null ? 0 : escapedUri?.Length ?? method.Length + 1 + host!.Length + path.Length;

        int headerSize = _headerStart.Length + (2 * nonce.Length) + HeaderEnd.Length;
        int claimsSize = _claimsStart.Length + NumberSize + ExpClaim.Length + NumberSize + UriClaim.Length + uriSize + 2 + 1;
        int scratchSize = Math.Max(headerSize, claimsSize);
        int tokenSize = Base64Url.GetEncodedLength(headerSize) + 1 + Base64Url.GetEncodedLength(claimsSize) + 1 + Base64Url.GetEncodedLength(CdpKeyReader.SignatureSize);
        byte[] rented = ArrayPool<byte>.Shared.Rent(scratchSize + tokenSize);
        try
        {
            Span<byte> json = rented.AsSpan(0, scratchSize);
            Span<byte> token = rented.AsSpan(scratchSize, tokenSize);

            int length = Append(json, 0, _headerStart);
            length += WriteHex(nonce, json[length..]);
            length = Append(json, length, HeaderEnd);
            int position = Base64Url.EncodeToUtf8(json[..length], token);
            token[position++] = (byte)'.';

            length = Append(json, 0, _claimsStart);
            length = AppendNumber(json, length, notBefore);
            length = Append(json, length, ExpClaim);
            length = AppendNumber(json, length, notBefore + LifetimeSeconds);
            if (method is not null)
            {
                length = Append(json, length, UriClaim);
                if (escapedUri is not null)
                {
                    length = Append(json, length, escapedUri);
                }
                else
                {
                    length += CoinbaseSigner.WriteUpperAscii(method, json[length..]);
                    json[length++] = (byte)' ';
                    length += Encoding.ASCII.GetBytes(host, json[length..]);
                    length += Encoding.ASCII.GetBytes(path, json[length..]);
                }

                json[length++] = (byte)'"';
            }

            json[length++] = (byte)'}';
            position += Base64Url.EncodeToUtf8(json[..length], token[position..]);

            Span<byte> signature = stackalloc byte[CdpKeyReader.SignatureSize];
            _key.Sign(token[..position], signature);
            token[position++] = (byte)'.';
            position += Base64Url.EncodeToUtf8(signature, token[position..]);
            return Encoding.ASCII.GetString(token[..position]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static ReadOnlySpan<byte> HeaderEnd => "\",\"typ\":\"JWT\"}"u8;

    private static ReadOnlySpan<byte> ExpClaim => ",\"exp\":"u8;

    private static ReadOnlySpan<byte> UriClaim => ",\"uri\":\""u8;

    private long NotBefore() => _clock.GetUtcNow().ToUnixTimeSeconds();

    private static int Append(Span<byte> destination, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[at..]);
        return at + bytes.Length;
    }

    private static int AppendNumber(Span<byte> destination, int at, long value)
    {
        Utf8Formatter.TryFormat(value, destination[at..], out int written);
        return at + written;
    }

    private static int WriteHex(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            destination[2 * i] = (byte)"0123456789abcdef"[bytes[i] >> 4];
            destination[(2 * i) + 1] = (byte)"0123456789abcdef"[bytes[i] & 0xF];
        }

        return 2 * bytes.Length;
    }

    /// <summary>Printable ASCII that JSON does not escape.</summary>
    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                return false;
            }
        }

        return true;
    }
}
