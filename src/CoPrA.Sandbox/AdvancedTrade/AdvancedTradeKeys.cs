using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// The one CDP API key the sandbox accepts on the Advanced Trade API, in both of Coinbase's key
/// types under one key name: an ECDSA P-256 key (JWT alg ES256) and an Ed25519 key (alg EdDSA).
/// Made fresh at start-up unless <see cref="SandboxOptions"/> supplies them.
/// </summary>
internal sealed class AdvancedTradeKeys
{
    private AdvancedTradeKeys(string keyName, ECDsa ecdsa, Ed25519PrivateKeyParameters ed25519)
    {
        KeyName = keyName;
        Ecdsa = ecdsa;
        Ed25519Public = ed25519.GeneratePublicKey();
        EcdsaPem = ecdsa.ExportECPrivateKeyPem();
        byte[] pair = [.. ed25519.GetEncoded(), .. Ed25519Public.GetEncoded()];
        Ed25519Base64 = Convert.ToBase64String(pair);
    }

    /// <summary>The key name: <c>kid</c> and <c>sub</c> of every accepted JWT.</summary>
    public string KeyName { get; }

    /// <summary>The ECDSA key; only its public half verifies anything.</summary>
    public ECDsa Ecdsa { get; }

    public Ed25519PublicKeyParameters Ed25519Public { get; }

    /// <summary>The ECDSA private key as Coinbase hands it out: SEC1 PEM.</summary>
    public string EcdsaPem { get; }

    /// <summary>The Ed25519 private key as Coinbase hands it out: base64 of seed and public key (64 bytes).</summary>
    public string Ed25519Base64 { get; }

    /// <summary>Builds the key set from the options' fixed keys, or from fresh random ones.</summary>
    /// <exception cref="ArgumentException">A supplied key cannot be read.</exception>
    public static AdvancedTradeKeys Create(SandboxOptions options)
    {
        string keyName = options.AdvancedTradeKeyName ?? "organizations/sandbox/apiKeys/" + Guid.NewGuid();
        var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (options.AdvancedTradeEcdsaKeyPem is { } pem)
        {
            try
            {
                ecdsa.ImportFromPem(pem);
            }
            catch (ArgumentException ex)
            {
                ecdsa.Dispose();
                throw new ArgumentException("AdvancedTradeEcdsaKeyPem is not a PEM EC private key.", nameof(options), ex);
            }
        }

        byte[] seed = options.AdvancedTradeEd25519Key is { } text ? Seed(text) : RandomNumberGenerator.GetBytes(Ed25519PrivateKeyParameters.KeySize);
        return new AdvancedTradeKeys(keyName, ecdsa, new Ed25519PrivateKeyParameters(seed));
    }

    private static byte[] Seed(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("AdvancedTradeEd25519Key is not base64.", "options", ex);
        }

        return bytes.Length is 32 or 64
            ? bytes[..32]
            : throw new ArgumentException("AdvancedTradeEd25519Key must decode to 32 bytes (seed) or 64 bytes (seed and public key).", "options");
    }
}
