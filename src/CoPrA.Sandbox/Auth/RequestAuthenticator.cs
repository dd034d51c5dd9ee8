using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoPrA.Sandbox.Accounts;

namespace CoPrA.Sandbox.Auth;

/// <summary>
/// Checks a signed request as the exchange does: known key, a timestamp within the window of the
/// exchange's clock, the right passphrase, and
/// <c>base64(HMAC-SHA256(secret, timestamp + METHOD + path-and-query + body))</c> over the request
/// exactly as received. Used for REST headers and for feed subscribe frames alike.
/// </summary>
internal sealed class RequestAuthenticator
{
    private readonly Dictionary<string, (SandboxApiKey Key, byte[] Secret, SandboxUser User)> _keys = new(StringComparer.Ordinal);
    private readonly SandboxClock _clock;
    private readonly TimeSpan _window;

    public RequestAuthenticator(SandboxClock clock, TimeSpan window)
    {
        _clock = clock;
        _window = window;
    }

    /// <summary>Accepts a key as belonging to a user.</summary>
    public void AddKey(SandboxApiKey key, SandboxUser user) => _keys[key.Key] = (key, Convert.FromBase64String(key.Secret), user);

    /// <summary>Checks the four authentication values against a request; the user, or the exchange's 401 message.</summary>
    /// <param name="fields">Key, signature, timestamp and passphrase as sent.</param>
    /// <param name="method">HTTP method (GET for feed subscriptions).</param>
    /// <param name="requestPath">Path and raw query exactly as received.</param>
    /// <param name="body">Raw body text, or empty.</param>
    public AuthResult Authenticate(AuthFields fields, string method, string requestPath, string body)
    {
        if (!_keys.TryGetValue(fields.Key!, out var entry))
        {
            return AuthResult.Fail("Invalid API Key");
        }

        if (!decimal.TryParse(fields.Timestamp, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal seconds) || seconds > 1e11m)
        {
            return AuthResult.Fail("invalid timestamp");
        }

        decimal now = _clock.UtcNow.ToUnixTimeMilliseconds() / 1000m;
        if (Math.Abs(now - seconds) > (decimal)_window.TotalSeconds)
        {
            return AuthResult.Fail("request timestamp expired");
        }

        if (!FixedTimeEquals(fields.Passphrase!, entry.Key.Passphrase))
        {
            return AuthResult.Fail("Invalid Passphrase");
        }

        return SignatureMatches(entry.Secret, fields.Signature!, fields.Timestamp! + method.ToUpperInvariant() + requestPath + body)
            ? AuthResult.Success(entry.User)
            : AuthResult.Fail("invalid signature");
    }

    // The server's side of the signature: recompute the HMAC over the request as received and compare
    // the bytes in constant time. The client library signs on its own; the two must agree only on the wire.
    private static bool SignatureMatches(byte[] secret, string signature, string prehash)
    {
        Span<byte> sent = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signature, sent, out int written) || written != sent.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(sent, HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(prehash)));
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
