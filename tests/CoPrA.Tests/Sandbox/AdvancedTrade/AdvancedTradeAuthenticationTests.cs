using System.Security.Cryptography;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>The sandbox checks Advanced Trade JWTs as CDP keys work, and answers refusals with 401 UNAUTHENTICATED.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeAuthenticationTests(SandboxFixture fixture) : IDisposable
{
    private const string AccountsPath = AdvancedTradeTestClient.Prefix + "/accounts";
    private readonly AdvancedTradeTestClient _client = new(fixture.Sandbox);

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("ES256")]
    [InlineData("EdDSA")]
    public async Task A_valid_token_of_either_key_type_is_accepted(string alg)
    {
        var (status, body) = await _client.GetAsync("/accounts", _client.Mint(alg, "GET", AccountsPath));

        Assert.Equal(200, status);
        Assert.Contains(body.GetProperty("accounts").EnumerateArray(), account => account.GetProperty("currency").GetString() == "BTC");
    }

    [Fact]
    public async Task The_uri_claim_covers_the_path_without_the_query()
    {
        var (status, _) = await _client.GetAsync("/accounts?limit=2", _client.Mint("EdDSA", "GET", AccountsPath));

        Assert.Equal(200, status);
    }

    [Fact]
    public void The_keys_are_exposed_as_Coinbase_hands_them_out()
    {
        var sandbox = fixture.Sandbox;

        Assert.StartsWith("organizations/sandbox/apiKeys/", sandbox.AdvancedTradeKeyName, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(sandbox.AdvancedTradeKeyName["organizations/sandbox/apiKeys/".Length..], out _));
        Assert.StartsWith("-----BEGIN EC PRIVATE KEY-----", sandbox.AdvancedTradeEcdsaKeyPem, StringComparison.Ordinal);
        Assert.Equal(64, Convert.FromBase64String(sandbox.AdvancedTradeEd25519Key).Length);
    }

    [Fact]
    public async Task Fixed_keys_from_the_options_are_used()
    {
        const string Name = "organizations/test-organization/apiKeys/test-api-key";
        const string Pem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIKwf3Uox30cRWzRBOPoPOH5p0Gpb0Dt8zUKXUEM5fMkGoAoGCCqGSM49\nAwEHoUQDQgAEbAtpLlSZYVOwYICz+uEyxcS29vRIujiES/gQ1DC7FV4zK4JuYE9v\nqDyGZQYjdXHLM7I6f/QnnOITL+dXYWBHRA==\n-----END EC PRIVATE KEY-----\n";
        const string Ed25519 = "k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputDOKsRAwgyrpEQLeBtS1znTmzPX6Xr2eOWpzx6nW8knkA==";
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions
        {
            MarketMakerEnabled = false,
            SeedTradeHistory = false,
            AdvancedTradeKeyName = Name,
            AdvancedTradeEcdsaKeyPem = Pem,
            AdvancedTradeEd25519Key = Ed25519,
        });
        using var client = new AdvancedTradeTestClient(sandbox);

        var (status, _) = await client.GetAsync("/accounts", AdvancedTradeTestClient.Mint("EdDSA", Name, Pem, Ed25519, "GET 127.0.0.1" + AccountsPath, DateTimeOffset.UtcNow));

        Assert.Equal(200, status);
        Assert.Equal(Name, sandbox.AdvancedTradeKeyName);
        Assert.Equal(Ed25519, sandbox.AdvancedTradeEd25519Key);
    }

    [Theory]
    [InlineData("no header", "missing Authorization header")]
    [InlineData("not bearer", "Bearer")]
    [InlineData("two segments", "three dot-separated segments")]
    [InlineData("wrong signature", "signature does not verify")]
    [InlineData("der signature", "signature does not verify")]
    [InlineData("other path", "uri does not match")]
    [InlineData("query in uri", "must not include the query")]
    [InlineData("port in uri", "uri does not match")]
    [InlineData("expired", "expired")]
    [InlineData("future nbf", "not valid yet")]
    [InlineData("long lifetime", "exp must be nbf + 120")]
    [InlineData("wrong kid", "kid")]
    [InlineData("wrong sub", "sub")]
    [InlineData("wrong iss", "iss")]
    [InlineData("no nonce", "nonce")]
    [InlineData("wrong typ", "typ")]
    [InlineData("HS256", "alg")]
    public async Task A_bad_token_is_refused_with_401_saying_what_was_wrong(string fault, string reason)
    {
        var now = DateTimeOffset.UtcNow;
        string token = fault switch
        {
            "no header" => "",
            "not bearer" => "",
            "two segments" => "abc.def",
            "wrong signature" => SignedWithAnotherKey(),
            "der signature" => WithDerSignature(_client.Mint("ES256", "GET", AccountsPath)),
            "other path" => _client.Mint("ES256", "GET", AdvancedTradeTestClient.Prefix + "/portfolios"),
            "query in uri" => _client.Mint("ES256", "GET", AccountsPath, editClaims: claims => claims["uri"] = "GET 127.0.0.1" + AccountsPath + "?limit=2"),
            "port in uri" => _client.Mint("ES256", "GET", AccountsPath, editClaims: claims => claims["uri"] = $"GET 127.0.0.1:{fixture.Sandbox.Port}{AccountsPath}"),
            "expired" => _client.Mint("EdDSA", "GET", AccountsPath, editClaims: claims => Lifetime(claims, now.AddMinutes(-5))),
            "future nbf" => _client.Mint("EdDSA", "GET", AccountsPath, editClaims: claims => Lifetime(claims, now.AddMinutes(2))),
            "long lifetime" => _client.Mint("EdDSA", "GET", AccountsPath, editClaims: claims => claims["exp"] = now.ToUnixTimeSeconds() + 3600),
            "wrong kid" => _client.Mint("ES256", "GET", AccountsPath, editHeader: header => header["kid"] = "organizations/sandbox/apiKeys/" + Guid.NewGuid()),
            "wrong sub" => _client.Mint("ES256", "GET", AccountsPath, editClaims: claims => claims["sub"] = "someone-else"),
            "wrong iss" => _client.Mint("ES256", "GET", AccountsPath, editClaims: claims => claims["iss"] = "coinbase-cloud"),
            "no nonce" => _client.Mint("ES256", "GET", AccountsPath, editHeader: header => header.Remove("nonce")),
            "wrong typ" => _client.Mint("ES256", "GET", AccountsPath, editHeader: header => header["typ"] = "JWS"),
            _ => _client.Mint("ES256", "GET", AccountsPath, editHeader: header => header["alg"] = "HS256"),
        };

        var (status, body) = fault == "not bearer"
            ? await SendWithRawAuthorizationAsync("Basic dXNlcjpwYXNz")
            : await _client.GetAsync("/accounts", token);

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("error").GetString());
        Assert.Contains(reason, body.GetProperty("error_details").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("error_details").GetString(), body.GetProperty("message").GetString());
        Assert.DoesNotContain("PRIVATE KEY", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sandbox_clock_decides_expiry()
    {
        string token = _client.Mint("ES256", "GET", AccountsPath);
        try
        {
            fixture.Controls.ClockSkew = TimeSpan.FromMinutes(3);
            var (status, body) = await _client.GetAsync("/accounts", token);

            Assert.Equal(401, status);
            Assert.Contains("expired", body.GetProperty("error_details").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Controls.ClockSkew = TimeSpan.Zero;
        }
    }

    [Theory]
    [InlineData("/time")]
    [InlineData("/market/products")]
    [InlineData("/market/products/BTC-USD")]
    [InlineData("/market/product_book?product_id=BTC-USD")]
    [InlineData("/market/products/BTC-USD/ticker?limit=5")]
    public async Task Public_endpoints_need_no_token(string path)
    {
        var (status, _) = await _client.GetAsync(path, token: "");

        Assert.Equal(200, status);
    }

    [Theory]
    [InlineData("/products")]
    [InlineData("/products/BTC-USD")]
    [InlineData("/product_book?product_id=BTC-USD")]
    [InlineData("/best_bid_ask")]
    [InlineData("/orders/historical/batch")]
    [InlineData("/portfolios")]
    public async Task Private_endpoints_need_a_token(string path)
    {
        var (status, body) = await _client.GetAsync(path, token: "");

        Assert.Equal(401, status);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("error").GetString());
    }

    private static void Lifetime(System.Text.Json.Nodes.JsonObject claims, DateTimeOffset nbf)
    {
        claims["nbf"] = nbf.ToUnixTimeSeconds();
        claims["exp"] = nbf.ToUnixTimeSeconds() + 120;
    }

    private string SignedWithAnotherKey()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var sandbox = fixture.Sandbox;
        return AdvancedTradeTestClient.Mint("ES256", sandbox.AdvancedTradeKeyName, other.ExportECPrivateKeyPem(), sandbox.AdvancedTradeEd25519Key, "GET 127.0.0.1" + AccountsPath, DateTimeOffset.UtcNow);
    }

    /// <summary>The same signature in DER, which JWS does not allow.</summary>
    private static string WithDerSignature(string token)
    {
        string[] parts = token.Split('.');
        byte[] raw = Convert.FromBase64String(parts[2].Replace('-', '+').Replace('_', '/') + new string('=', (4 - (parts[2].Length % 4)) % 4));
        var der = new System.Formats.Asn1.AsnWriter(System.Formats.Asn1.AsnEncodingRules.DER);
        using (der.PushSequence())
        {
            der.WriteIntegerUnsigned(raw.AsSpan(0, 32));
            der.WriteIntegerUnsigned(raw.AsSpan(32, 32));
        }

        return parts[0] + "." + parts[1] + "." + Convert.ToBase64String(der.Encode()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private async Task<(int Status, System.Text.Json.JsonElement Body)> SendWithRawAuthorizationAsync(string authorization)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Sandbox.RestUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, AccountsPath);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request);
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, document.RootElement.Clone());
    }
}
