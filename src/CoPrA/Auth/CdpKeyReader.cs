using System.Formats.Asn1;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;

namespace CoPrA;

/// <summary>
/// Reads the private key text of a <see cref="CdpApiKey"/>: PEM (SEC1 or PKCS#8) or base64 Ed25519.
/// Errors say what is wrong and never quote the key; decoded key bytes are wiped after use.
/// </summary>
internal static class CdpKeyReader
{
    /// <summary>Both algorithms sign with 64 bytes: r||s for ES256, R||S for Ed25519.</summary>
    internal const int SignatureSize = 64;

    private const int SeedSize = 32;
    private const string Param = "privateKey";
    private const string P256Oid = "1.2.840.10045.3.1.7";
    private const string EcPublicKeyOid = "1.2.840.10045.2.1";
    private const string Ed25519Oid = "1.3.101.112";
    private const string RsaOid = "1.2.840.113549.1.1.1";
    private const string RsaMessage = "The private key is an RSA key; CDP keys are ECDSA P-256 or Ed25519.";

    /// <summary>DER SubjectPublicKeyInfo up to the raw Ed25519 public key (RFC 8410).</summary>
    internal static ReadOnlySpan<byte> Ed25519SpkiPrefix => [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

    /// <summary>Reads a PEM private key: ECDSA P-256 parameters, or an Ed25519 key.</summary>
    public static (ECParameters? Ec, Ed25519PrivateKeyParameters? Ed25519) ReadPem(string text)
    {
        ReadOnlySpan<char> rest = text;
        PemFields fields;
        string label;
        do
        {
            // OpenSSL's "ecparam -genkey" writes the curve in its own block before the key.
            if (!PemEncoding.TryFind(rest, out fields))
            {
                throw PemError("its BEGIN and END lines do not match or the text between them is not base64");
            }

            label = rest[fields.Label].Trim().ToString();
            if (label == "EC PARAMETERS")
            {
                rest = rest[fields.Location.End..];
            }
        }
        while (label == "EC PARAMETERS");

        byte[] der = Convert.FromBase64String(rest[fields.Base64Data].ToString());
        try
        {
            return label switch
            {
                "EC PRIVATE KEY" => (ReadEc(der, pkcs8: false), null),
                "PRIVATE KEY" => ReadPkcs8(der),
                "RSA PRIVATE KEY" => throw new ArgumentException(RsaMessage, Param),
                "ENCRYPTED PRIVATE KEY" => throw new ArgumentException("The private key PEM is encrypted; CDP keys are issued unencrypted.", Param),
                _ => throw new ArgumentException($"The private key PEM is a '{label}'; expected 'EC PRIVATE KEY' (ECDSA) or 'PRIVATE KEY' (PKCS#8).", Param),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(der);
        }
    }

    /// <summary>Reads base64 (white space ignored) of a 32-byte Ed25519 seed or the 64-byte seed||public key.</summary>
    public static Ed25519PrivateKeyParameters ReadBase64(string text)
    {
        string compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        byte[] decoded = new byte[(compact.Length * 3 / 4) + 3];
        try
        {
            if (!Convert.TryFromBase64String(compact, decoded, out int length))
            {
                throw new ArgumentException("The private key is neither PEM (-----BEGIN ...) nor valid base64.", Param);
            }

            if (length is not (SeedSize or 2 * SeedSize))
            {
                throw new ArgumentException($"The private key decodes to {length} bytes; an Ed25519 key is 32 bytes (seed) or 64 bytes (seed followed by public key).", Param);
            }

            var key = new Ed25519PrivateKeyParameters(decoded.AsSpan(0, SeedSize));
            if (length == 2 * SeedSize && !CryptographicOperations.FixedTimeEquals(key.GeneratePublicKey().GetEncoded(), decoded.AsSpan(SeedSize, SeedSize)))
            {
                throw new ArgumentException("The private key's last 32 bytes are not the public key of its first 32 (the seed); the key is damaged.", Param);
            }

            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(decoded);
        }
    }

    private static (ECParameters?, Ed25519PrivateKeyParameters?) ReadPkcs8(byte[] der)
    {
        string algorithm;
        byte[]? seed = null;
        try
        {
            var info = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            info.ReadInteger();
            var identifier = info.ReadSequence();
            algorithm = identifier.ReadObjectIdentifier();
            if (algorithm == Ed25519Oid)
            {
                // The PKCS#8 privateKey octets hold CurvePrivateKey, itself an OCTET STRING of the seed (RFC 8410).
                seed = new AsnReader(info.ReadOctetString(), AsnEncodingRules.DER).ReadOctetString();
            }
        }
        catch (AsnContentException)
        {
            throw PemError("its content is not a PKCS#8 private key");
        }

        try
        {
            return algorithm switch
            {
                Ed25519Oid when seed is { Length: SeedSize } => (null, new Ed25519PrivateKeyParameters(seed)),
                Ed25519Oid => throw PemError("its Ed25519 key is not 32 bytes"),
                EcPublicKeyOid => (ReadEc(der, pkcs8: true), null),
                RsaOid => throw new ArgumentException(RsaMessage, Param),
                _ => throw new ArgumentException($"The private key's algorithm ({algorithm}) is neither ECDSA P-256 nor Ed25519.", Param),
            };
        }
        finally
        {
            if (seed is not null)
            {
                CryptographicOperations.ZeroMemory(seed);
            }
        }
    }

    private static ECParameters ReadEc(byte[] der, bool pkcs8)
    {
        using var ecdsa = ECDsa.Create();
        try
        {
            if (pkcs8)
            {
                ecdsa.ImportPkcs8PrivateKey(der, out _);
            }
            else
            {
                ecdsa.ImportECPrivateKey(der, out _);
            }
        }
        catch (CryptographicException)
        {
            throw PemError("its content is not an EC private key");
        }

        ECParameters parameters = ecdsa.ExportParameters(includePrivateParameters: true);
        ECCurve curve = parameters.Curve;
        if (!curve.IsNamed || curve.Oid.Value != P256Oid)
        {
            string shown = curve.IsNamed ? curve.Oid.FriendlyName ?? curve.Oid.Value ?? "unnamed" : "explicit parameters";
            throw new ArgumentException($"The private key is on curve {shown}; CDP ECDSA keys are P-256.", Param);
        }

        return parameters;
    }

    private static ArgumentException PemError(string what) =>
        new($"The private key is not a valid PEM: {what}.", Param);
}
