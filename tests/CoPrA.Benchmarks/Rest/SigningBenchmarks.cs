using BenchmarkDotNet.Attributes;

namespace CoPrA.Benchmarks.Rest;

/// <summary>Signing a typical request. Target: under 1 µs, no allocation beyond the header strings.</summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private const string Body = """{"type":"limit","side":"buy","product_id":"BTC-USD","price":"90123.45","size":"0.015","time_in_force":"GTC","post_only":false,"stp":"dc"}""";
    private const string Secret = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==";
    private static readonly byte[] SecretBytes = Convert.FromBase64String(Secret);
    private readonly CoinbaseSigner _signer = new(new Credentials("key", Secret, "passphrase"));

    [Benchmark(Description = "sign GET /orders?limit=100&status=open&status=pending&no-cache=...")]
    public string SignGet() => _signer.ComputeSignature("1700000000.123", "GET", "/orders?limit=100&status=open&status=pending&no-cache=1700000000.123");

    [Benchmark(Description = "sign POST /orders with a limit-order body")]
    public string SignPost() => _signer.ComputeSignature("1700000000.123", "POST", "/orders", Body);

    /// <summary>A one-shot HMAC that sets the key up on every call: how the signer signed before it kept a keyed HMAC per thread, and how the sandbox verifies.</summary>
    [Benchmark(Description = "sign POST /orders, one-shot HMAC (for comparison)")]
    public string SignPostOneShot() => CoinbaseSigner.ComputeSignature(SecretBytes, "1700000000.123", "POST", "/orders", Body);

    [Benchmark(Description = "timestamp + sign (all four header values)")]
    // Returns one value: SignedHeaders is internal (it carries the passphrase); the work measured is the same.
    public string SignWithTimestamp() => _signer.Sign("POST", "/orders", Body).Signature;
}
