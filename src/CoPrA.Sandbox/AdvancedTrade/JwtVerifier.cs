using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoPrA.Sandbox.Accounts;
using CoPrA.Sandbox.Auth;
using Org.BouncyCastle.Crypto.Signers;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Checks an Advanced Trade request's <c>Authorization: Bearer &lt;jwt&gt;</c> as Coinbase's CDP keys
/// work: a compact JWS with header alg ES256 (64-byte r||s) or EdDSA, kid = the key name, typ JWT
/// and a nonce; claims sub = the key name, iss <c>cdp</c>, nbf not in the future, exp = nbf + 120 and
/// not past (by the exchange's clock, with a few seconds' leeway), and
/// uri = <c>"METHOD host/path"</c> (no scheme, port or query; absent in WebSocket tokens). Errors name what was wrong and never
/// echo the token.
/// </summary>
internal sealed class JwtVerifier
{
    /// <summary>A token's lifetime: exp must be exactly this long after nbf.</summary>
    public const int LifetimeSeconds = 120;

    private const int LeewaySeconds = 5;
    private readonly AdvancedTradeKeys _keys;
    private readonly SandboxClock _clock;
    private readonly SandboxUser _user;

    public JwtVerifier(AdvancedTradeKeys keys, SandboxClock clock, SandboxUser user)
    {
        _keys = keys;
        _clock = clock;
        _user = user;
    }

    /// <summary>The user, or the reason for a 401.</summary>
    /// <param name="authorization">The Authorization header as sent, or null.</param>
    /// <param name="method">The request's HTTP method.</param>
    /// <param name="host">The request's host without its port.</param>
    /// <param name="path">The request's path without its query.</param>
    public AuthResult Verify(string? authorization, string method, string host, string path)
    {
        const string Bearer = "Bearer ";
        if (string.IsNullOrEmpty(authorization))
        {
            return AuthResult.Fail("missing Authorization header: send 'Authorization: Bearer <jwt>'");
        }

        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Fail("the Authorization header must be 'Bearer <jwt>'");
        }

        return VerifyToken(authorization[Bearer.Length..].Trim(), method + " " + host + path, out _);
    }

    /// <summary>
    /// The user, or the reason for refusing, of the <c>jwt</c> of an Advanced Trade WebSocket subscribe or
    /// unsubscribe frame: the same token as for REST but without a <c>uri</c> claim.
    /// </summary>
    /// <param name="token">The frame's jwt, or null when it had none.</param>
    /// <param name="claims">The verified token's claims, or null when it was refused.</param>
    public AuthResult VerifyWebSocket(string? token, out SandboxJwtClaims? claims)
    {
        claims = null;
        return string.IsNullOrEmpty(token) ? AuthResult.Fail("the jwt field is missing") : VerifyToken(token, null, out claims);
    }

    /// <param name="token">The compact JWS.</param>
    /// <param name="expectedUri">The REST request's uri claim; null for a WebSocket token, which has none.</param>
    /// <param name="verified">The claims when the token passed.</param>
    private AuthResult VerifyToken(string token, string? expectedUri, out SandboxJwtClaims? verified)
    {
        verified = null;
        string[] parts = token.Split('.');
        if (parts.Length != 3)
        {
            return AuthResult.Fail("malformed JWT: expected three dot-separated segments");
        }

        using var header = Decode(parts[0]);
        using var claims = Decode(parts[1]);
        byte[]? signature = Base64Url(parts[2]);
        if (header is null || claims is null || signature is null)
        {
            return AuthResult.Fail("malformed JWT: a segment is not base64url JSON");
        }

        var refusal = CheckHeader(header.RootElement)
            ?? CheckSignature(header.RootElement, Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature)
            ?? CheckClaims(claims.RootElement, expectedUri);
        if (refusal is { } refused)
        {
            return refused;
        }

        verified = new SandboxJwtClaims(
            AdvancedTradeJson.Text(header.RootElement, "alg")!,
            AdvancedTradeJson.Text(claims.RootElement, "sub")!,
            DateTimeOffset.FromUnixTimeSeconds(Seconds(claims.RootElement, "nbf")!.Value),
            DateTimeOffset.FromUnixTimeSeconds(Seconds(claims.RootElement, "exp")!.Value),
            AdvancedTradeJson.Text(header.RootElement, "nonce")!);
        return AuthResult.Success(_user);
    }

    private AuthResult? CheckHeader(JsonElement header)
    {
        if (AdvancedTradeJson.Text(header, "alg") is not ("ES256" or "EdDSA"))
        {
            return AuthResult.Fail("JWT header alg must be ES256 or EdDSA");
        }

        if (AdvancedTradeJson.Text(header, "typ") != "JWT")
        {
            return AuthResult.Fail("JWT header typ must be JWT");
        }

        if (string.IsNullOrEmpty(AdvancedTradeJson.Text(header, "nonce")))
        {
            return AuthResult.Fail("JWT header nonce is missing");
        }

        return AdvancedTradeJson.Text(header, "kid") == _keys.KeyName ? null : AuthResult.Fail("JWT header kid is not a known API key name");
    }

    private AuthResult? CheckSignature(JsonElement header, byte[] signed, byte[] signature)
    {
        bool valid;
        if (AdvancedTradeJson.Text(header, "alg") == "ES256")
        {
            valid = signature.Length == 64
                && _keys.Ecdsa.VerifyData(signed, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        else
        {
            var verifier = new Ed25519Signer();
            verifier.Init(false, _keys.Ed25519Public);
            verifier.BlockUpdate(signed, 0, signed.Length);
            valid = signature.Length == 64 && verifier.VerifySignature(signature);
        }

        return valid ? null : AuthResult.Fail("JWT signature does not verify with the key named by kid");
    }

    private AuthResult? CheckClaims(JsonElement claims, string? expectedUri)
    {
        if (AdvancedTradeJson.Text(claims, "sub") != _keys.KeyName)
        {
            return AuthResult.Fail("JWT claim sub must be the API key name");
        }

        if (AdvancedTradeJson.Text(claims, "iss") != "cdp")
        {
            return AuthResult.Fail("JWT claim iss must be cdp");
        }

        if (Seconds(claims, "nbf") is not { } nbf || Seconds(claims, "exp") is not { } exp)
        {
            return AuthResult.Fail("JWT claims nbf and exp must be integer Unix seconds");
        }

        if (exp - nbf != LifetimeSeconds)
        {
            return AuthResult.Fail("JWT claim exp must be nbf + 120");
        }

        long now = _clock.UtcNow.ToUnixTimeSeconds();
        if (nbf > now + LeewaySeconds)
        {
            return AuthResult.Fail("JWT is not valid yet: nbf is in the future");
        }

        if (exp < now - LeewaySeconds)
        {
            return AuthResult.Fail("JWT has expired");
        }

        string? uri = AdvancedTradeJson.Text(claims, "uri");
        if (expectedUri is null)
        {
            // WebSocket tokens are built without a request method or path.
            return uri is null ? null : AuthResult.Fail("a WebSocket JWT has no uri claim");
        }

        if (uri is null)
        {
            return AuthResult.Fail("JWT claim uri is missing");
        }

        if (uri.Contains('?', StringComparison.Ordinal))
        {
            return AuthResult.Fail("JWT claim uri must not include the query string");
        }

        return uri == expectedUri ? null : AuthResult.Fail($"JWT claim uri does not match the request: expected '{expectedUri}'");
    }

    private static long? Seconds(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long seconds) ? seconds : null;

    private static JsonDocument? Decode(string segment)
    {
        if (Base64Url(segment) is not { } bytes)
        {
            return null;
        }

        try
        {
            var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? Base64Url(string segment)
    {
        string padded = segment.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
