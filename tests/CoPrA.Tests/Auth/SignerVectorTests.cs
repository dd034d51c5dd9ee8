using CoPrA;

using CoPrA.Tests.Support;

namespace CoPrA.Tests.Auth;

/// <summary>Known-answer vectors of exchange-api.md §2.5.</summary>
public class SignerVectorTests
{
    private const string SecretA = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CC==";
    private const string SecretB = "kv+3DPw2yHWQWkDsmpN4uXWtgtuBrFFLu7zRk9gipjdrFpUjwZ0mK6KzGAPFpxOjDLdna20xozy+9fqRU5zJZQ==";
    private const string SecretD = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==";

    private static CoinbaseSigner Signer(string secret) => new(new Credentials("key", secret, "passphrase"));

    [Theory]
    [InlineData("GET", "haapGobLuJMel4ku5s7ptzyNkQdYtLPMXgQJq5f1/cg=")]
    [InlineData("POST", "Geo8uJefQp5CG42SYsmKW1lvR7t+28ujcgt3yRM1mpA=")]
    [InlineData("DELETE", "NRdGfZaOAkFK2ENVDJQ43Rg+fLm+6vg4PML/yzmtuiY=")]
    public void Vector_A_matches_CoPrA_for_each_method(string method, string expected) =>
        Assert.Equal(expected, Signer(SecretA).ComputeSignature("1539968909.917318", method, "/mypath"));

    [Fact]
    public void Method_is_upper_cased_before_signing() =>
        Assert.Equal("haapGobLuJMel4ku5s7ptzyNkQdYtLPMXgQJq5f1/cg=", Signer(SecretA).ComputeSignature("1539968909.917318", "get", "/mypath"));

    [Fact]
    public void Vector_B_signs_the_query_string() =>
        Assert.Equal("qGB3X7LOAhNXPpRqV73F08sMU1hKuX+s7vQypcEErV8=", Signer(SecretB).ComputeSignature("1580066918.897", "GET", "/fills?product_id=BTC-EUR"));

    [Fact]
    public void Vector_C_signs_the_websocket_verify_path() =>
        Assert.Equal("KQq/poDCHjDDRURkQOc+QZi16c6cio9Yo/nF1+kts84=", Signer(SecretA).ComputeSignature("1546384260.0321212", "GET", CoinbaseSigner.WebSocketVerifyPath));

    [Theory]
    [InlineData("POST", "/orders", "{\"product_id\":\"BTC-USD\",\"side\":\"buy\",\"type\":\"limit\",\"price\":\"100.00\",\"size\":\"0.01\"}", "FYLxeiOMKL27CTnog76dLClANuGD9XyPrDq/hcT7iyA=")]
    [InlineData("GET", "/users/self/verify", "", "Cn+xHtn79Szs63CUHrroiigxPIPZYJylnA0AiwKGsW8=")]
    [InlineData("GET", "/orders?status=open&status=pending&limit=100", "", "ujbIqx7pXGwYkO6AwznDjeVZSD+7pxWinbdvPVQ4zFk=")]
    public void Vector_D_covers_a_body_and_repeated_query_keys(string method, string path, string body, string expected) =>
        Assert.Equal(expected, Signer(SecretD).ComputeSignature("1700000000", method, path, body));

    [Fact]
    public void A_body_longer_than_the_stack_buffer_signs_like_a_short_one()
    {
        string body = "{\"note\":\"" + new string('x', 5000) + "\"}";
        using var hmac = new System.Security.Cryptography.HMACSHA256(Convert.FromBase64String(SecretD));
        string expected = Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes("1700000000POST/orders" + body)));
        Assert.Equal(expected, Signer(SecretD).ComputeSignature("1700000000", "POST", "/orders", body));
    }

    [Fact]
    public void Timestamps_come_from_the_time_provider_plus_the_clock_offset()
    {
        var clock = new FixedClock(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_250));
        var signer = new CoinbaseSigner(new Credentials("key", SecretD, "pass"), clock);
        Assert.Equal("1700000000.250", signer.CreateTimestamp());
        signer.ClockOffset = TimeSpan.FromSeconds(-45);
        Assert.Equal("1699999955.250", signer.CreateTimestamp());
    }

    [Fact]
    public void Credentials_ToString_hides_the_secret_and_passphrase()
    {
        var credentials = new Credentials("my-key", SecretD, "my-passphrase");
        string text = credentials.ToString();
        Assert.Contains("my-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretD, text, StringComparison.Ordinal);
        Assert.DoesNotContain("my-passphrase", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", SecretD, "p", "key")]
    [InlineData("k", "", "p", "secret")]
    [InlineData("k", SecretD, " ", "passphrase")]
    [InlineData("k", "not base64!", "p", "secret")]
    public void Credentials_reject_missing_parts_naming_the_parameter(string key, string secret, string passphrase, string param)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new Credentials(key, secret, passphrase));
        Assert.Equal(param, ex.ParamName);
        Assert.DoesNotContain("not base64!", ex.Message, StringComparison.Ordinal);
    }
}
