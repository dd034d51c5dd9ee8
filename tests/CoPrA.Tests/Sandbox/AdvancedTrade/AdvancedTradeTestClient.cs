using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Sandbox;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>
/// Test-side CDP JWT minting (ES256 with ECDsa, EdDSA with BouncyCastle) and a raw HttpClient for
/// the sandbox's Advanced Trade API, independent of any library code.
/// </summary>
public sealed class AdvancedTradeTestClient : IDisposable
{
    public const string Prefix = "/api/v3/brokerage";

    private readonly SandboxExchange _sandbox;
    private readonly HttpClient _http;

    public AdvancedTradeTestClient(SandboxExchange sandbox)
    {
        _sandbox = sandbox;
        _http = new HttpClient { BaseAddress = new Uri(sandbox.RestUrl), Timeout = SandboxFixture.Timeout };
    }

    /// <summary>The library's Advanced Trade client on the sandbox's ECDSA key, without retries or pacing.</summary>
    public static AdvancedTradeClient CreateLibraryClient(SandboxExchange sandbox) => new(new AdvancedTradeClientOptions
    {
        ApiKey = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem),
        BaseUrl = sandbox.RestUrl,
        Retry = new RetryOptions { Enabled = false },
        RateLimits = new AdvancedTradeRateLimitOptions { Enabled = false },
    });

    /// <summary>A compact JWS as Coinbase's SDK builds it; the edit hooks break one field for refusal tests.</summary>
    public static string Mint(
        string alg, string keyName, string ecdsaPem, string ed25519Key, string? uri, DateTimeOffset now,
        Action<JsonObject>? editHeader = null, Action<JsonObject>? editClaims = null)
    {
        var header = new JsonObject { ["alg"] = alg, ["kid"] = keyName, ["nonce"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), ["typ"] = "JWT" };
        long nbf = now.ToUnixTimeSeconds();
        var claims = new JsonObject { ["sub"] = keyName, ["iss"] = "cdp", ["nbf"] = nbf, ["exp"] = nbf + 120 };
        if (uri is not null)
        {
            claims["uri"] = uri;
        }

        editHeader?.Invoke(header);
        editClaims?.Invoke(claims);
        string signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        byte[] input = Encoding.ASCII.GetBytes(signingInput);
        byte[] signature;
        if (alg == "ES256")
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(ecdsaPem);
            signature = ecdsa.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        else
        {
            var signer = new Ed25519Signer();
            signer.Init(true, new Ed25519PrivateKeyParameters(Convert.FromBase64String(ed25519Key), 0));
            signer.BlockUpdate(input, 0, input.Length);
            signature = signer.GenerateSignature();
        }

        return signingInput + "." + Base64Url(signature);
    }

    public string Mint(string alg, string method, string path, Action<JsonObject>? editHeader = null, Action<JsonObject>? editClaims = null) =>
        Mint(alg, _sandbox.AdvancedTradeKeyName, _sandbox.AdvancedTradeEcdsaKeyPem, _sandbox.AdvancedTradeEd25519Key,
            $"{method} 127.0.0.1{path.Split('?')[0]}", DateTimeOffset.UtcNow, editHeader, editClaims);

    /// <summary>Sends a request; <paramref name="token"/> "" sends no Authorization header, null mints a fresh ES256 token.</summary>
    public async Task<(int Status, JsonElement Body)> SendAsync(HttpMethod method, string pathAndQuery, object? body = null, string? token = null)
    {
        string path = Prefix + pathAndQuery;
        using var request = new HttpRequestMessage(method, path);
        token ??= Mint("ES256", method.Method, path);
        if (token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return ((int)response.StatusCode, document.RootElement.Clone());
    }

    public Task<(int Status, JsonElement Body)> GetAsync(string pathAndQuery, string? token = null) => SendAsync(HttpMethod.Get, pathAndQuery, null, token);

    public Task<(int Status, JsonElement Body)> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    /// <summary>Places an order; the answer's body (HTTP 200 whether accepted or not).</summary>
    public async Task<JsonElement> CreateOrderAsync(string productId, string side, object configuration, string? clientOrderId = null)
    {
        var (status, body) = await PostAsync("/orders", new Dictionary<string, object>
        {
            ["client_order_id"] = clientOrderId ?? Guid.NewGuid().ToString("N"),
            ["product_id"] = productId,
            ["side"] = side,
            ["order_configuration"] = configuration,
        });
        Assert.Equal(200, status);
        return body;
    }

    public void Dispose() => _http.Dispose();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
