using System.Security.Cryptography;
using System.Text.Json;
using CoPrA.Tests.Support;

namespace CoPrA.Tests.Auth;

/// <summary>How a CDP key is read: every key-reading rule the official Advanced Trade SDK's tests hold, and secrecy.</summary>
public class CdpApiKeyTests
{
    private static readonly byte[] Ed25519Public = Convert.FromBase64String(CdpTestKeys.Ed25519PublicBase64);

    [Fact]
    public void The_sec1_ecdsa_pem_is_es256_with_the_published_public_key()
    {
        var key = new CdpApiKey(CdpTestKeys.Name, CdpTestKeys.EcdsaPem);

        Assert.Equal(CdpKeyAlgorithm.Es256, key.Algorithm);
        Assert.Equal(CdpTestKeys.Name, key.Name);
        Assert.Equal(PemDer(CdpTestKeys.EcdsaPublicPem), key.ExportSubjectPublicKeyInfo());
    }

    [Theory]
    [InlineData(CdpTestKeys.Ed25519Base64)]
    [InlineData(CdpTestKeys.Ed25519SeedBase64)]
    [InlineData(CdpTestKeys.Ed25519Pkcs8Pem)]
    public void Every_encoding_of_the_ed25519_key_is_eddsa_with_the_published_public_key(string privateKey)
    {
        var key = new CdpApiKey(CdpTestKeys.Name, privateKey);

        Assert.Equal(CdpKeyAlgorithm.EdDsa, key.Algorithm);
        Assert.Equal(Ed25519Public, key.ExportSubjectPublicKeyInfo()[^32..]);
    }

    [Fact]
    public void The_ed25519_public_key_exports_as_a_subject_public_key_info()
    {
        byte[] spki = CdpTestKeys.Ed25519().ExportSubjectPublicKeyInfo();

        // RFC 8410: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (public key) }.
        var reader = new System.Formats.Asn1.AsnReader(spki, System.Formats.Asn1.AsnEncodingRules.DER).ReadSequence();
        Assert.Equal("1.3.101.112", reader.ReadSequence().ReadObjectIdentifier());
        Assert.Equal(Ed25519Public, reader.ReadBitString(out _));
    }

    [Fact]
    public void A_pkcs8_p256_pem_is_es256_too()
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(CdpTestKeys.EcdsaPem);

        var key = new CdpApiKey(CdpTestKeys.Name, ecdsa.ExportPkcs8PrivateKeyPem());

        Assert.Equal(CdpKeyAlgorithm.Es256, key.Algorithm);
        Assert.Equal(PemDer(CdpTestKeys.EcdsaPublicPem), key.ExportSubjectPublicKeyInfo());
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\n\n  ")]
    public void A_trailing_line_end_is_accepted(string end)
    {
        Assert.Equal(CdpKeyAlgorithm.Es256, new CdpApiKey(CdpTestKeys.Name, CdpTestKeys.EcdsaPem + end).Algorithm);
        Assert.Equal(CdpKeyAlgorithm.EdDsa, new CdpApiKey(CdpTestKeys.Name, CdpTestKeys.Ed25519Base64 + end).Algorithm);
        Assert.Equal(CdpKeyAlgorithm.EdDsa, new CdpApiKey(CdpTestKeys.Name, CdpTestKeys.Ed25519Pkcs8Pem + end).Algorithm);
    }

    [Fact]
    public void An_ec_parameters_block_before_the_key_is_skipped()
    {
        string openSslOutput = PemEncoding.WriteString("EC PARAMETERS", [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]) + "\n" + CdpTestKeys.EcdsaPem;

        Assert.Equal(PemDer(CdpTestKeys.EcdsaPublicPem), new CdpApiKey(CdpTestKeys.Name, openSslOutput).ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void Leading_white_space_before_a_pem_is_accepted() =>
        Assert.Equal(CdpKeyAlgorithm.Es256, new CdpApiKey(CdpTestKeys.Name, "  \n" + CdpTestKeys.EcdsaPem).Algorithm);

    [Fact]
    public void White_space_inside_base64_is_ignored()
    {
        string broken = CdpTestKeys.Ed25519Base64[..40] + "\n  " + CdpTestKeys.Ed25519Base64[40..];

        Assert.Equal(Ed25519Public, new CdpApiKey(CdpTestKeys.Name, broken).ExportSubjectPublicKeyInfo()[^32..]);
    }

    [Fact]
    public void Literal_backslash_n_sequences_read_as_line_ends()
    {
        string fromEnvironment = CdpTestKeys.EcdsaPem.ReplaceLineEndings("\\n");
        Assert.Contains("\\n", fromEnvironment, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", fromEnvironment.Replace("\\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var key = new CdpApiKey(CdpTestKeys.Name, fromEnvironment);

        Assert.Equal(CdpKeyAlgorithm.Es256, key.Algorithm);
        Assert.Equal(PemDer(CdpTestKeys.EcdsaPublicPem), key.ExportSubjectPublicKeyInfo());
    }

    [Theory]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(65)]
    [InlineData(0x30)]
    public void Base64_of_any_other_length_is_rejected(int length)
    {
        byte[] bytes = new byte[length];
        Convert.FromBase64String(CdpTestKeys.Ed25519Base64).AsSpan(0, Math.Min(64, length)).CopyTo(bytes);
        string secret = Convert.ToBase64String(bytes);

        var error = Rejects(secret);

        Assert.Contains($"{length} bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputA")]
    [InlineData("k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN*tuputA=")]
    [InlineData("not-a-key!")]
    public void Text_that_is_neither_pem_nor_base64_is_rejected(string secret) =>
        Assert.Contains("neither PEM", Rejects(secret).Message, StringComparison.Ordinal);

    [Fact]
    public void A_64_byte_key_whose_public_half_is_not_the_seeds_is_rejected()
    {
        byte[] bytes = Convert.FromBase64String(CdpTestKeys.Ed25519Base64);
        bytes[63] ^= 1;

        Assert.Contains("public key", Rejects(Convert.ToBase64String(bytes)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pem_with_broken_base64_fails_as_a_pem_error()
    {
        string broken = CdpTestKeys.EcdsaPem.Replace("MHcCAQEE", "MHc*AQEE", StringComparison.Ordinal);

        Assert.Contains("not a valid PEM", Rejects(broken).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pem_without_its_end_line_fails_as_a_pem_error() =>
        Assert.Contains("not a valid PEM", Rejects(CdpTestKeys.EcdsaPem.Split("-----END")[0]).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("PRIVATE KEY")]
    public void A_pem_whose_content_is_not_a_key_fails_as_a_pem_error(string label)
    {
        string pem = PemEncoding.WriteString(label, [0x30, 0x03, 0x02, 0x01, 0x01]);

        Assert.Contains("not a valid PEM", Rejects(pem).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rsa_keys_are_rejected_in_both_pem_forms()
    {
        using var rsa = RSA.Create(2048);

        Assert.Contains("RSA", Rejects(rsa.ExportPkcs8PrivateKeyPem()).Message, StringComparison.Ordinal);
        Assert.Contains("RSA", Rejects(rsa.ExportRSAPrivateKeyPem()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ecdsa_keys_on_another_curve_are_rejected_in_both_pem_forms()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Contains("P-256", Rejects(p384.ExportECPrivateKeyPem()).Message, StringComparison.Ordinal);
        Assert.Contains("P-256", Rejects(p384.ExportPkcs8PrivateKeyPem()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_key_pem_is_not_a_private_key() =>
        Assert.Contains("PUBLIC KEY", Rejects(CdpTestKeys.EcdsaPublicPem).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_private_key_is_rejected(string secret) => Rejects(secret);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("organizations/x/apiKeys/\ny")]
    [InlineData("organizations/x/apiKeys/\0y")]
    public void A_name_that_is_empty_or_holds_a_control_character_is_rejected(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new CdpApiKey(name, CdpTestKeys.Ed25519Base64));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void A_line_end_after_the_name_is_trimmed() =>
        Assert.Equal(CdpTestKeys.Name, new CdpApiKey(CdpTestKeys.Name + "\r\n", CdpTestKeys.Ed25519Base64).Name);

    [Fact]
    public void A_key_file_names_the_key_in_name()
    {
        var key = CdpApiKey.FromJson(KeyFile(("name", CdpTestKeys.Name), ("privateKey", CdpTestKeys.EcdsaPem)));

        Assert.Equal(CdpTestKeys.Name, key.Name);
        Assert.Equal(CdpKeyAlgorithm.Es256, key.Algorithm);
    }

    [Fact]
    public void A_newer_key_file_names_the_key_in_id()
    {
        var key = CdpApiKey.FromJson(KeyFile(("id", "3f1c0e9a-0000-4000-8000-000000000001"), ("privateKey", CdpTestKeys.Ed25519Base64)));

        Assert.Equal("3f1c0e9a-0000-4000-8000-000000000001", key.Name);
        Assert.Equal(CdpKeyAlgorithm.EdDsa, key.Algorithm);
    }

    [Fact]
    public void An_empty_name_falls_back_to_id() =>
        Assert.Equal("key-id", CdpApiKey.FromJson(KeyFile(("name", ""), ("id", "key-id"), ("privateKey", CdpTestKeys.Ed25519Base64))).Name);

    [Fact]
    public void Name_wins_over_id() =>
        Assert.Equal(CdpTestKeys.Name, CdpApiKey.FromJson(KeyFile(("id", "other"), ("name", CdpTestKeys.Name), ("privateKey", CdpTestKeys.Ed25519Base64))).Name);

    [Fact]
    public void A_key_file_keeps_the_pem_line_ends_its_json_escapes()
    {
        // The portal's file holds the PEM with \n escapes inside a JSON string.
        string json = "{\"name\":\"" + CdpTestKeys.Name + "\",\"privateKey\":\"" + CdpTestKeys.EcdsaPem.ReplaceLineEndings("\\n") + "\\n\"}";

        Assert.Equal(CdpKeyAlgorithm.Es256, CdpApiKey.FromJson(json).Algorithm);
    }

    [Fact]
    public void A_key_file_without_name_or_id_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => CdpApiKey.FromJson(KeyFile(("privateKey", CdpTestKeys.Ed25519Base64))));

        Assert.Equal("json", error.ParamName);
        Assert.Contains("\"name\" or \"id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_without_private_key_is_rejected() =>
        Assert.Contains("privateKey", Assert.Throws<ArgumentException>(() => CdpApiKey.FromJson(KeyFile(("name", CdpTestKeys.Name)))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("{\"name\": \"x\", \"privateKey\": \"k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputA=\"")]
    [InlineData("k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputA=")]
    [InlineData("[\"k0BUni0p0vZG1BdpVjS6ogBJ7kxm630AJ2dN+tuputA=\"]")]
    public void Invalid_json_is_rejected_without_quoting_it(string json)
    {
        var error = Assert.Throws<ArgumentException>(() => CdpApiKey.FromJson(json));

        Assert.Equal("json", error.ParamName);
        Assert.Null(error.InnerException);
        Assert.DoesNotContain("k0BU", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_and_LoadAsync_read_a_key_file()
    {
        string path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, KeyFile(("name", CdpTestKeys.Name), ("privateKey", CdpTestKeys.EcdsaPem)), CancellationToken.None);

            Assert.Equal(CdpKeyAlgorithm.Es256, CdpApiKey.Load(path).Algorithm);
            Assert.Equal(CdpTestKeys.Name, (await CdpApiKey.LoadAsync(path, CancellationToken.None)).Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToString_shows_the_name_and_algorithm_only()
    {
        foreach (var (key, secrets) in KeysWithSecrets())
        {
            string text = key.ToString();
            Assert.Contains(CdpTestKeys.Name, text, StringComparison.Ordinal);
            Assert.Contains(key.Algorithm.ToString(), text, StringComparison.Ordinal);
            AssertNoSecret(text, secrets);
        }
    }

    [Fact]
    public void JsonSerializer_writes_no_secret()
    {
        foreach (var (key, secrets) in KeysWithSecrets())
        {
            string json = JsonSerializer.Serialize(key);
            Assert.Contains("\"Name\"", json, StringComparison.Ordinal);
            AssertNoSecret(json, secrets);
        }
    }

    [Fact]
    public void No_public_member_returns_the_private_key()
    {
        foreach (var (key, secrets) in KeysWithSecrets())
        {
            foreach (var property in typeof(CdpApiKey).GetProperties())
            {
                AssertNoSecret(Convert.ToString(property.GetValue(key), System.Globalization.CultureInfo.InvariantCulture) ?? "", secrets);
            }

            AssertNoSecret(Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()), secrets);
            AssertNoSecret(Convert.ToHexString(key.ExportSubjectPublicKeyInfo()), secrets);
        }
    }

    [Fact]
    public void Error_messages_never_quote_the_key_text()
    {
        byte[] seed = Convert.FromBase64String(CdpTestKeys.Ed25519Base64);
        string[] bad =
        [
            Convert.ToBase64String([.. seed, 7]),
            Convert.ToBase64String(seed[..31]),
            CdpTestKeys.Ed25519Base64.Replace('+', '*'),
            CdpTestKeys.EcdsaPem.Replace("MHcCAQEE", "MHc*AQEE", StringComparison.Ordinal),
            CdpTestKeys.EcdsaPem.Split("-----END")[0],
        ];

        foreach (string secret in bad)
        {
            string message = Rejects(secret).Message;
            Assert.DoesNotContain("k0BUni0p", message, StringComparison.Ordinal);
            Assert.DoesNotContain("MHc", message, StringComparison.Ordinal);
        }
    }

    private static ArgumentException Rejects(string privateKey)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new CdpApiKey(CdpTestKeys.Name, privateKey));
        Assert.Equal("privateKey", error.ParamName);
        return error;
    }

    private static byte[] PemDer(string pem)
    {
        var fields = PemEncoding.Find(pem);
        return Convert.FromBase64String(pem[fields.Base64Data]);
    }

    private static string KeyFile(params (string Name, string Value)[] properties) =>
        JsonSerializer.Serialize(properties.ToDictionary(p => p.Name, p => p.Value));

    /// <summary>Each test key with every form of its secret: the key text, its base64 lines, the raw private scalar or seed.</summary>
    private static IEnumerable<(CdpApiKey Key, string[] Secrets)> KeysWithSecrets()
    {
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(CdpTestKeys.EcdsaPem);
        byte[] d = ecdsa.ExportParameters(true).D!;
        // The PEM's first base64 line holds the private scalar; the later lines hold the public key.
        string firstLine = CdpTestKeys.EcdsaPem.Split('\n')[1];
        yield return (CdpTestKeys.Ecdsa(), [firstLine, Convert.ToBase64String(d), Convert.ToHexString(d)]);

        byte[] seed = Convert.FromBase64String(CdpTestKeys.Ed25519SeedBase64);
        string[] ed25519 = [CdpTestKeys.Ed25519Base64, CdpTestKeys.Ed25519SeedBase64[..40], Convert.ToHexString(seed), "MC4CAQAwBQYDK2VwBCIEIJNAVJ4t"];
        yield return (CdpTestKeys.Ed25519(), ed25519);
        yield return (new CdpApiKey(CdpTestKeys.Name, CdpTestKeys.Ed25519Pkcs8Pem), ed25519);
    }

    private static void AssertNoSecret(string text, string[] secrets)
    {
        foreach (string secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
