namespace CoPrA;

/// <summary>The signature algorithm of a <see cref="CdpApiKey"/>, told from the key text.</summary>
public enum CdpKeyAlgorithm
{
    /// <summary>ECDSA on P-256 with SHA-256 (JWT <c>alg</c> <c>ES256</c>); issued as a SEC1 PEM.</summary>
    Es256,

    /// <summary>Ed25519 (JWT <c>alg</c> <c>EdDSA</c>); issued as base64, or as a PKCS#8 PEM.</summary>
    EdDsa,
}
