using System.Text.Json;
using CoPrA.Tests.Support;

namespace CoPrA.Tests.Auth;

/// <summary>The Advanced Trade bearer JWT: known-answer vectors, exact header and claims, nonce and clock.</summary>
public class CdpJwtSignerTests
{
    private const string Host = "api.coinbase.com";
    private const string AccountsPath = "/api/v3/brokerage/accounts";
    private const string VectorNonce = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string VectorHeaderEs256 = """{"alg":"ES256","kid":"organizations/test-organization/apiKeys/test-api-key","nonce":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","typ":"JWT"}""";
    private const string VectorClaims = """{"sub":"organizations/test-organization/apiKeys/test-api-key","iss":"cdp","nbf":1700000000,"exp":1700000120,"uri":"GET api.coinbase.com/api/v3/brokerage/accounts"}""";

    /// <summary>Vector eddsa_known_answer of the SDK's fixtures: Ed25519 is deterministic, so the token must match byte for byte.</summary>
    private const string EdDsaKnownAnswer = "eyJhbGciOiJFZERTQSIsImtpZCI6Im9yZ2FuaXphdGlvbnMvdGVzdC1vcmdhbml6YXRpb24vYXBpS2V5cy90ZXN0LWFwaS1rZXkiLCJub25jZSI6IjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiJvcmdhbml6YXRpb25zL3Rlc3Qtb3JnYW5pemF0aW9uL2FwaUtleXMvdGVzdC1hcGkta2V5IiwiaXNzIjoiY2RwIiwibmJmIjoxNzAwMDAwMDAwLCJleHAiOjE3MDAwMDAxMjAsInVyaSI6IkdFVCBhcGkuY29pbmJhc2UuY29tL2FwaS92My9icm9rZXJhZ2UvYWNjb3VudHMifQ.RzZebH9iN8S0ccWOhVKDotLXyQqh90xXV-acF80Sw79eWouXRiuCom7kSyaaGEZ-yeOh1Jz69ahQIWD7BHwvCg";

    /// <summary>Vector es256_verify_only: ECDSA signatures are random, so this one is only verified.</summary>
    private const string Es256VerifyOnly = "eyJhbGciOiJFUzI1NiIsImtpZCI6Im9yZ2FuaXphdGlvbnMvdGVzdC1vcmdhbml6YXRpb24vYXBpS2V5cy90ZXN0LWFwaS1rZXkiLCJub25jZSI6IjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiJvcmdhbml6YXRpb25zL3Rlc3Qtb3JnYW5pemF0aW9uL2FwaUtleXMvdGVzdC1hcGkta2V5IiwiaXNzIjoiY2RwIiwibmJmIjoxNzAwMDAwMDAwLCJleHAiOjE3MDAwMDAxMjAsInVyaSI6IkdFVCBhcGkuY29pbmJhc2UuY29tL2FwaS92My9icm9rZXJhZ2UvYWNjb3VudHMifQ.w_O0NTe56vlfOxOkV6hD5v2wF9PUqp6jfIFVeI8Uh-k2wKPYNba5nwukDmHwc4Ar3XKixOF9zSJA8zuphrj8dw";

    private static readonly byte[] VectorNonceBytes = Convert.FromHexString(VectorNonce);
    private static readonly byte[] Ed25519Public = Convert.FromBase64String(CdpTestKeys.Ed25519PublicBase64);
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_767_225_600);

    [Theory]
    [InlineData(CdpTestKeys.Ed25519Base64)]
    [InlineData(CdpTestKeys.Ed25519SeedBase64)]
    [InlineData(CdpTestKeys.Ed25519Pkcs8Pem)]
    public void The_eddsa_known_answer_token_is_reproduced_byte_for_byte(string privateKey)
    {
        var signer = Signer(new CdpApiKey(CdpTestKeys.Name, privateKey));

        Assert.Equal(EdDsaKnownAnswer, signer.CreateToken(VectorNonceBytes, 1_700_000_000, "GET", Host, AccountsPath));
    }

    [Fact]
    public void The_es256_vector_verifies_against_the_published_public_key()
    {
        var jwt = JwtAssert.VerifyEs256(Es256VerifyOnly, CdpTestKeys.EcdsaPublicPem);

        Assert.Equal(VectorHeaderEs256, jwt.HeaderJson);
        Assert.Equal(VectorClaims, jwt.ClaimsJson);
    }

    [Theory]
    [InlineData(EdDsaKnownAnswer)]
    [InlineData(Es256VerifyOnly)]
    public void A_token_whose_claims_were_changed_does_not_verify(string token)
    {
        string[] parts = token.Split('.');
        string claims = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1])).Replace("\"GET ", "\"PUT ", StringComparison.Ordinal);
        string tampered = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(claims))}.{parts[2]}";
        Assert.NotEqual(token, tampered);

        Assert.ThrowsAny<Exception>(() => token == EdDsaKnownAnswer ? JwtAssert.VerifyEdDsa(tampered, Ed25519Public) : JwtAssert.VerifyEs256(tampered, CdpTestKeys.EcdsaPublicPem));
    }

    [Fact]
    public void An_es256_token_with_the_vector_inputs_has_the_vector_header_and_claims_and_verifies()
    {
        string token = Signer(CdpTestKeys.Ecdsa()).CreateToken(VectorNonceBytes, 1_700_000_000, "GET", Host, AccountsPath);

        var jwt = JwtAssert.VerifyEs256(token, CdpTestKeys.EcdsaPublicPem);

        Assert.Equal(VectorHeaderEs256, jwt.HeaderJson);
        Assert.Equal(VectorClaims, jwt.ClaimsJson);
        // The first two segments are deterministic, so they match the SDK's token exactly.
        Assert.Equal(Es256VerifyOnly[..Es256VerifyOnly.LastIndexOf('.')], token[..token.LastIndexOf('.')]);
    }

    [Theory]
    [InlineData(CdpKeyAlgorithm.Es256)]
    [InlineData(CdpKeyAlgorithm.EdDsa)]
    public void A_rest_token_carries_exactly_the_sdks_header_and_claims(CdpKeyAlgorithm algorithm)
    {
        var key = algorithm == CdpKeyAlgorithm.Es256 ? CdpTestKeys.Ecdsa() : CdpTestKeys.Ed25519();
        var signer = Signer(key, Now);

        var jwt = JwtAssert.Verify(signer.CreateRestToken("GET", Host, "/api/v3/brokerage/orders/historical/batch"), key);

        string alg = algorithm == CdpKeyAlgorithm.Es256 ? "ES256" : "EdDSA";
        string nonce = jwt.Header.GetProperty("nonce").GetString()!;
        Assert.Equal($$"""{"alg":"{{alg}}","kid":"{{CdpTestKeys.Name}}","nonce":"{{nonce}}","typ":"JWT"}""", jwt.HeaderJson);
        Assert.Equal($$"""{"sub":"{{CdpTestKeys.Name}}","iss":"cdp","nbf":1767225600,"exp":1767225720,"uri":"GET api.coinbase.com/api/v3/brokerage/orders/historical/batch"}""", jwt.ClaimsJson);
    }

    [Theory]
    [InlineData(CdpKeyAlgorithm.Es256)]
    [InlineData(CdpKeyAlgorithm.EdDsa)]
    public void A_websocket_token_has_the_same_claims_without_uri(CdpKeyAlgorithm algorithm)
    {
        var key = algorithm == CdpKeyAlgorithm.Es256 ? CdpTestKeys.Ecdsa() : CdpTestKeys.Ed25519();

        var jwt = JwtAssert.Verify(Signer(key, Now).CreateWebSocketToken(), key);

        Assert.Equal($$"""{"sub":"{{CdpTestKeys.Name}}","iss":"cdp","nbf":1767225600,"exp":1767225720}""", jwt.ClaimsJson);
        Assert.Equal(["alg", "kid", "nonce", "typ"], jwt.Header.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_uri_has_no_query_and_an_upper_case_method()
    {
        var jwt = JwtAssert.Verify(Signer(CdpTestKeys.Ed25519(), Now).CreateRestToken("post", Host, "/api/v3/brokerage/orders/historical/batch?product_ids=BTC-USD&limit=50"), CdpTestKeys.Ed25519());

        Assert.Equal("POST api.coinbase.com/api/v3/brokerage/orders/historical/batch", jwt.Claims.GetProperty("uri").GetString());
    }

    [Fact]
    public void Every_token_has_a_fresh_64_hex_digit_nonce()
    {
        var signer = Signer(CdpTestKeys.Ed25519(), Now);
        var nonces = new HashSet<string>();

        for (int i = 0; i < 50; i++)
        {
            string token = i % 2 == 0 ? signer.CreateRestToken("GET", Host, AccountsPath) : signer.CreateWebSocketToken();
            string nonce = JwtAssert.Verify(token, signer.Key).Header.GetProperty("nonce").GetString()!;
            Assert.Matches("^[0-9a-f]{64}$", nonce);
            Assert.True(nonces.Add(nonce), "a nonce repeated");
        }
    }

    [Fact]
    public void Nbf_comes_from_the_sessions_corrected_clock()
    {
        var local = new ManualClock(Now);
        var clock = new ServerClock(local) { Offset = TimeSpan.FromSeconds(-45.7) };
        var signer = new CdpJwtSigner(CdpTestKeys.Ed25519(), clock);

        var first = JwtAssert.Verify(signer.CreateRestToken("GET", Host, AccountsPath), signer.Key).Claims;
        local.Advance(TimeSpan.FromSeconds(90));
        clock.Offset = TimeSpan.FromSeconds(3);
        var second = JwtAssert.Verify(signer.CreateWebSocketToken(), signer.Key).Claims;

        Assert.Equal(1_767_225_554, first.GetProperty("nbf").GetInt64());
        Assert.Equal(1_767_225_674, first.GetProperty("exp").GetInt64());
        Assert.Equal(1_767_225_693, second.GetProperty("nbf").GetInt64());
        Assert.Equal(1_767_225_813, second.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void A_name_and_path_that_need_json_escaping_are_escaped()
    {
        var key = new CdpApiKey("org/\"quoted\"\\key/é", CdpTestKeys.Ed25519Base64);

        var jwt = JwtAssert.Verify(Signer(key, Now).CreateRestToken("GET", Host, "/api/v3/brokerage/products/\"é\\"), key);

        Assert.Equal(key.Name, jwt.Header.GetProperty("kid").GetString());
        Assert.Equal(key.Name, jwt.Claims.GetProperty("sub").GetString());
        Assert.Equal("GET api.coinbase.com/api/v3/brokerage/products/\"é\\", jwt.Claims.GetProperty("uri").GetString());
        Assert.Contains("\"kid\":\"org/", jwt.HeaderJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.coinbase.com")]
    [InlineData("api.coinbase.com:443")]
    [InlineData("api.coinbase.com/api")]
    [InlineData("")]
    public void A_host_with_scheme_port_or_path_is_rejected(string host)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Signer(CdpTestKeys.Ed25519()).CreateRestToken("GET", host, AccountsPath));

        Assert.Equal("host", error.ParamName);
    }

    [Fact]
    public void An_empty_method_is_rejected() =>
        Assert.Equal("method", Assert.ThrowsAny<ArgumentException>(() => Signer(CdpTestKeys.Ed25519()).CreateRestToken(" ", Host, AccountsPath)).ParamName);

    [Fact]
    public void A_long_path_signs_like_a_short_one()
    {
        string path = "/api/v3/brokerage/" + new string('x', 5000);

        var jwt = JwtAssert.Verify(Signer(CdpTestKeys.Ecdsa(), Now).CreateRestToken("GET", Host, path), CdpTestKeys.Ecdsa());

        Assert.Equal("GET " + Host + path, jwt.Claims.GetProperty("uri").GetString());
    }

    [Theory]
    [InlineData(CdpKeyAlgorithm.Es256)]
    [InlineData(CdpKeyAlgorithm.EdDsa)]
    public async Task Tokens_minted_on_many_threads_at_once_all_verify(CdpKeyAlgorithm algorithm)
    {
        var key = algorithm == CdpKeyAlgorithm.Es256 ? CdpTestKeys.Ecdsa() : CdpTestKeys.Ed25519();
        var signer = Signer(key, Now);

        string[][] tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 200).Select(i => signer.CreateRestToken("GET", Host, $"/api/v3/brokerage/orders/{i}")).ToArray())));

        foreach (string token in tokens.SelectMany(t => t))
        {
            JwtAssert.Verify(token, key);
        }
    }

    private static CdpJwtSigner Signer(CdpApiKey key, DateTimeOffset? now = null) =>
        new(key, new ServerClock(new ManualClock(now ?? Now)));
}
