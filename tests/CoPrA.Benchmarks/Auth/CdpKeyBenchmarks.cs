using System.Text;
using BenchmarkDotNet.Attributes;
using CoPrA.Tests.Support;
using NSec.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;

namespace CoPrA.Benchmarks.Auth;

/// <summary>
/// Ed25519 signing with NSec (libsodium) against BouncyCastle (managed), over the signing input of
/// a typical Advanced Trade REST token, and whole token minting with the library's signer for both
/// key types. Decides which Ed25519 library CoPrA uses (docs/design-decisions.md).
/// </summary>
[MemoryDiagnoser]
public class CdpKeyBenchmarks
{
    private readonly byte[] _signature = new byte[64];
    private byte[] _input = [];
    private Key _nsecKey = null!;
    private Ed25519PrivateKeyParameters _bouncyKey = null!;
    private CdpJwtSigner _es256 = null!;
    private CdpJwtSigner _edDsa = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = new ServerClock(TimeProvider.System);
        _es256 = new CdpJwtSigner(CdpTestKeys.Ecdsa(), clock);
        _edDsa = new CdpJwtSigner(CdpTestKeys.Ed25519(), clock);
        string token = _edDsa.CreateRestToken("GET", "api.coinbase.com", "/api/v3/brokerage/orders/historical/batch");
        _input = Encoding.ASCII.GetBytes(token[..token.LastIndexOf('.')]);

        byte[] seed = Convert.FromBase64String(CdpTestKeys.Ed25519SeedBase64)[..32];
        _nsecKey = Key.Import(SignatureAlgorithm.Ed25519, seed, KeyBlobFormat.RawPrivateKey);
        _bouncyKey = new Ed25519PrivateKeyParameters(seed);

        // Ed25519 is deterministic: both libraries must give the same signature, else the comparison is void.
        byte[] fromBouncy = new byte[64];
        _bouncyKey.Sign(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Algorithm.Ed25519, null, _input, fromBouncy);
        if (!SignatureAlgorithm.Ed25519.Sign(_nsecKey, _input).AsSpan().SequenceEqual(fromBouncy))
        {
            throw new InvalidOperationException("NSec and BouncyCastle disagree on an Ed25519 signature.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _nsecKey.Dispose();

    [Benchmark(Description = "Ed25519 sign, NSec (libsodium)")]
    public byte[] SignNSec()
    {
        SignatureAlgorithm.Ed25519.Sign(_nsecKey, _input, _signature);
        return _signature;
    }

    [Benchmark(Description = "Ed25519 sign, BouncyCastle")]
    public byte[] SignBouncyCastle()
    {
        _bouncyKey.Sign(Org.BouncyCastle.Math.EC.Rfc8032.Ed25519.Algorithm.Ed25519, null, _input, _signature);
        return _signature;
    }

    [Benchmark(Description = "REST token, ES256 (CdpJwtSigner.CreateRestToken)")]
    public string TokenEs256() => _es256.CreateRestToken("GET", "api.coinbase.com", "/api/v3/brokerage/orders/historical/batch");

    [Benchmark(Description = "REST token, EdDSA (CdpJwtSigner.CreateRestToken)")]
    public string TokenEdDsa() => _edDsa.CreateRestToken("GET", "api.coinbase.com", "/api/v3/brokerage/orders/historical/batch");
}
