namespace CoPrA.Tests.Support;

/// <summary>
/// The published test keys of Coinbase's official Advanced Trade Python SDK (fixtures of its unit
/// tests, not real credentials), with their public keys, for tests that sign or verify CDP JWTs.
/// </summary>
public static class CdpTestKeys
{
    /// <summary>The key name the SDK's tests use.</summary>
    public const string Name = "organizations/test-organization/apiKeys/test-api-key";

    /// <summary>The ECDSA P-256 private key, SEC1 PEM, as the portal issues ECDSA keys.</summary>
    public const string EcdsaPem = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIKwf3Uox30cRWzRBOPoPOH5p0Gpb0Dt8zUKXUEM5fMkGoAoGCCqGSM49
        AwEHoUQDQgAEbAtpLlSZYVOwYICz+uEyxcS29vRIujiES/gQ1DC7FV4zK4JuYE9v
        qDyGZQYjdXHLM7I6f/QnnOITL+dXYWBHRA==
        -----END EC PRIVATE KEY-----
        """;

    /// <summary>The public key of <see cref="EcdsaPem"/>.</summary>
    public const string EcdsaPublicPem = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbAtpLlSZYVOwYICz+uEyxcS29vRI
        ujiES/gQ1DC7FV4zK4JuYE9vqDyGZQYjdXHLM7I6f/QnnOITL+dXYWBHRA==
        -----END PUBLIC KEY-----
        """;

    /// <summary>The Ed25519 key as the portal issues it: base64 of the 32-byte seed followed by the 32-byte public key.</summary>
    public const string Ed25519Base64 = "k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputDOKsRAwgyrpEQLeBtS1znTmzPX6Xr2eOWpzx6nW8knkA==";

    /// <summary>The same Ed25519 key as base64 of the bare 32-byte seed.</summary>
    public const string Ed25519SeedBase64 = "k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputA=";

    /// <summary>The same Ed25519 key as a PKCS#8 PEM.</summary>
    public const string Ed25519Pkcs8Pem = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEIJNAVJ4tKdL2RtQXaVY0uqIASe5MZut9ACdnTfrbqbrQ
        -----END PRIVATE KEY-----
        """;

    /// <summary>The raw 32-byte public key of the Ed25519 key, base64.</summary>
    public const string Ed25519PublicBase64 = "zirEQMIMq6REC3gbUtc505sz1+l69njlqc8ep1vJJ5A=";

    /// <summary>The ECDSA test key.</summary>
    public static CdpApiKey Ecdsa() => new(Name, EcdsaPem);

    /// <summary>The Ed25519 test key.</summary>
    public static CdpApiKey Ed25519() => new(Name, Ed25519Base64);
}
