using System.Security.Cryptography;
using System.Text.Json;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace CoPrA;

/// <summary>
/// A Coinbase Developer Platform (CDP) API key, as Advanced Trade uses: the key name (or id) and its
/// private key, ECDSA P-256 (<see cref="CdpKeyAlgorithm.Es256"/>) or Ed25519
/// (<see cref="CdpKeyAlgorithm.EdDsa"/>), told apart from the key text. Only the name, the
/// algorithm and the public key can be read back: no public member returns the private key,
/// <see cref="ToString"/> never shows it, <c>JsonSerializer</c> never writes it and no exception
/// message quotes it. Thread-safe; nothing to dispose.
/// </summary>
public sealed class CdpApiKey
{
    private const string PrivateKeyParam = "privateKey";

    // Only one of the two is set, after Algorithm. ECDsa instances are not documented as safe to
    // share between threads, so each thread signs with its own, made from the same parameters.
    private readonly ThreadLocal<ECDsa>? _ecdsa;
    private readonly Ed25519PrivateKeyParameters? _ed25519;
    private readonly byte[] _subjectPublicKeyInfo;

    /// <summary>
    /// Reads a key from its name and its private key text. The private key is a PEM (SEC1
    /// <c>EC PRIVATE KEY</c> on P-256, or PKCS#8 <c>PRIVATE KEY</c> holding Ed25519 or P-256) when
    /// its trimmed text starts with <c>-----BEGIN</c>; otherwise base64 (white space ignored) of a
    /// 32-byte Ed25519 seed or of the 64-byte seed followed by its public key. Literal <c>\n</c>
    /// sequences (as environment variables carry them) are read as line ends first. White space at
    /// the end of the name (a line end copied with it) is trimmed.
    /// </summary>
    /// <param name="name">The key name, such as <c>organizations/{org}/apiKeys/{key}</c>, or the key id; sent as the JWT <c>kid</c> and <c>sub</c>.</param>
    /// <param name="privateKey">The private key text as Coinbase issued it.</param>
    /// <exception cref="ArgumentException">The name is empty or holds a control character, or the private key is not one of the forms above (the message says what is wrong, never the key).</exception>
    public CdpApiKey(string name, string privateKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(privateKey);
        name = name.TrimEnd();
        if (name.Any(char.IsControl))
        {
            throw new ArgumentException("The CDP key name contains a control character (such as CR or LF); check what was copied.", nameof(name));
        }

        Name = name;
        string text = privateKey.Replace("\\n", "\n", StringComparison.Ordinal).Trim();
        if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            (ECParameters? ec, _ed25519) = CdpKeyReader.ReadPem(text);
            if (ec is { } parameters)
            {
                _ecdsa = new ThreadLocal<ECDsa>(() => ECDsa.Create(parameters));
            }
        }
        else
        {
            _ed25519 = CdpKeyReader.ReadBase64(text);
        }

        if (_ecdsa is not null)
        {
            Algorithm = CdpKeyAlgorithm.Es256;
            _subjectPublicKeyInfo = _ecdsa.Value!.ExportSubjectPublicKeyInfo();
        }
        else
        {
            Algorithm = CdpKeyAlgorithm.EdDsa;
            _subjectPublicKeyInfo = [.. CdpKeyReader.Ed25519SpkiPrefix, .. _ed25519!.GeneratePublicKey().GetEncoded()];
        }
    }

    /// <summary>The key name or id, sent as the JWT <c>kid</c> and <c>sub</c>.</summary>
    public string Name { get; }

    /// <summary>The signature algorithm, told from the private key text.</summary>
    public CdpKeyAlgorithm Algorithm { get; }

    /// <summary>The JWT <c>alg</c> header value: <c>ES256</c> or <c>EdDSA</c>.</summary>
    internal string JwtAlgorithm => Algorithm == CdpKeyAlgorithm.Es256 ? "ES256" : "EdDSA";

    /// <summary>
    /// Reads a key file as the CDP portal downloads it: a JSON object with the key name in
    /// <c>name</c> (older files) or <c>id</c> (newer files) and the private key in <c>privateKey</c>.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <exception cref="ArgumentException">The text is not a JSON object with a name (or id) and a private key, or the key itself is invalid.</exception>
    public static CdpApiKey FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            // Not chained: the parser's message quotes the text it stopped at, which may be the key.
            throw new ArgumentException("The CDP key file is not valid JSON.", nameof(json));
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("The CDP key file must be a JSON object.", nameof(json));
            }

            string name = ReadString(root, "name") ?? ReadString(root, "id")
                ?? throw new ArgumentException("The CDP key file has no \"name\" or \"id\" string.", nameof(json));
            string privateKey = ReadString(root, "privateKey")
                ?? throw new ArgumentException("The CDP key file has no \"privateKey\" string.", nameof(json));
            return new CdpApiKey(name, privateKey);
        }
    }

    /// <summary>Reads a key file (see <see cref="FromJson"/>) from disk.</summary>
    /// <param name="path">The key file, such as <c>cdp_api_key.json</c>.</param>
    /// <exception cref="ArgumentException">The path is empty, or the file is not a valid key file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CdpApiKey Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromJson(File.ReadAllText(path));
    }

    /// <summary>Reads a key file (see <see cref="FromJson"/>) from disk without blocking.</summary>
    /// <param name="path">The key file, such as <c>cdp_api_key.json</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">The path is empty, or the file is not a valid key file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<CdpApiKey> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return FromJson(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The public key as DER SubjectPublicKeyInfo (what a <c>PUBLIC KEY</c> PEM holds), for
    /// verifying this key's tokens. For Ed25519 the last 32 bytes are the raw public key.
    /// </summary>
    public byte[] ExportSubjectPublicKeyInfo() => (byte[])_subjectPublicKeyInfo.Clone();

    /// <summary>Shows the name and the algorithm, never the key.</summary>
    public override string ToString() => $"CdpApiKey {{ Name = {Name}, Algorithm = {Algorithm} }}";

    /// <summary>Signs <paramref name="data"/> into the 64-byte <paramref name="signature"/>: r||s for ES256, the Ed25519 signature for EdDSA.</summary>
    internal void Sign(ReadOnlySpan<byte> data, Span<byte> signature)
    {
        if (_ed25519 is not null)
        {
            _ed25519.Sign(Ed25519.Algorithm.Ed25519, null, data, signature);
            return;
        }

        if (!_ecdsa!.Value!.TrySignData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation, out int written) || written != CdpKeyReader.SignatureSize)
        {
            throw new CryptographicException("ES256 signing did not produce a 64-byte signature.");
        }
    }

    /// <summary>A non-blank string property, else null: so that an empty <c>name</c> falls back to <c>id</c>.</summary>
    private static string? ReadString(JsonElement root, string property) =>
        root.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
