using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace CoPrA.Tests.Support;

/// <summary>
/// Verifies a CDP bearer JWT independently of the library's signer: ES256 with
/// <see cref="ECDsa.VerifyData(byte[], byte[], HashAlgorithmName, DSASignatureFormat)"/> over the
/// raw r||s signature, EdDSA with BouncyCastle's Ed25519. Checks the compact form (three base64url
/// segments without padding), the header's <c>alg</c> and <c>typ</c>, and the signature; returns
/// the decoded header and claims.
/// </summary>
public static class JwtAssert
{
    /// <summary>Verifies an ES256 token against a <c>PUBLIC KEY</c> PEM.</summary>
    public static VerifiedJwt VerifyEs256(string token, string publicKeyPem)
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(publicKeyPem);
        return Verify(token, "ES256", (input, signature) =>
            signature.Length == 64 && ecdsa.VerifyData(input, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    /// <summary>Verifies an EdDSA token against a raw 32-byte Ed25519 public key.</summary>
    public static VerifiedJwt VerifyEdDsa(string token, byte[] publicKey)
    {
        var key = new Ed25519PublicKeyParameters(publicKey);
        return Verify(token, "EdDSA", (input, signature) =>
            signature.Length == 64 && key.Verify(Ed25519.Algorithm.Ed25519, null, input, 0, input.Length, signature, 0));
    }

    /// <summary>Verifies a token against the public half of a key, by the key's algorithm.</summary>
    public static VerifiedJwt Verify(string token, CdpApiKey key)
    {
        byte[] spki = key.ExportSubjectPublicKeyInfo();
        return key.Algorithm == CdpKeyAlgorithm.Es256
            ? VerifyEs256(token, PemEncoding.WriteString("PUBLIC KEY", spki))
            : VerifyEdDsa(token, spki[^32..]);
    }

    private static VerifiedJwt Verify(string token, string algorithm, Func<byte[], byte[], bool> verify)
    {
        string[] parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        foreach (string part in parts)
        {
            Assert.True(part.Length > 0 && part.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'), "a JWT segment is not unpadded base64url");
        }

        string headerJson = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0]));
        string claimsJson = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        JsonElement header = JsonDocument.Parse(headerJson).RootElement.Clone();
        JsonElement claims = JsonDocument.Parse(claimsJson).RootElement.Clone();
        Assert.Equal(algorithm, header.GetProperty("alg").GetString());
        Assert.Equal("JWT", header.GetProperty("typ").GetString());

        byte[] signingInput = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        Assert.True(verify(signingInput, Base64Url.DecodeFromChars(parts[2])), $"the {algorithm} signature does not verify");
        return new VerifiedJwt(header, claims, headerJson, claimsJson);
    }
}

/// <summary>A verified token's header and claims, parsed and as the exact JSON text signed.</summary>
/// <param name="Header">The header object.</param>
/// <param name="Claims">The claims object.</param>
/// <param name="HeaderJson">The header JSON exactly as encoded.</param>
/// <param name="ClaimsJson">The claims JSON exactly as encoded.</param>
public sealed record VerifiedJwt(JsonElement Header, JsonElement Claims, string HeaderJson, string ClaimsJson);
