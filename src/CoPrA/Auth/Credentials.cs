using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// A Coinbase Exchange API key: the key, its base64 secret and the passphrase chosen when the key
/// was created. Only the key can be read back: no public member returns the secret or the
/// passphrase, <see cref="ToString"/> never shows them and <c>JsonSerializer</c> never writes them.
/// </summary>
public sealed record Credentials
{
    /// <summary>
    /// Creates credentials, checking that every part is present, the secret is base64, and the key
    /// and passphrase hold no control character (CR, LF, tab, NUL…), which could end a header line
    /// and add headers of its own. White space at the end of the key (a line end copied with it) is
    /// trimmed; the passphrase is taken exactly as given.
    /// </summary>
    /// <param name="key">The API key (hex string).</param>
    /// <param name="secret">The API secret, base64 as Coinbase shows it.</param>
    /// <param name="passphrase">The passphrase chosen when the key was created.</param>
    /// <exception cref="ArgumentException">A part is null, empty or white space, the secret is not base64, or the key or passphrase holds a control character.</exception>
    public Credentials(string key, string secret, string passphrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(passphrase);
        key = key.TrimEnd();
        RejectControlCharacters(key, nameof(key), "API key");
        RejectControlCharacters(passphrase, nameof(passphrase), "API passphrase");
        SecretBytes = DecodeSecret(secret);
        Key = key;
        Secret = secret;
        Passphrase = passphrase;
    }

    /// <summary>The API key.</summary>
    public string Key { get; }

    /// <summary>
    /// The base64 API secret. Internal: no public member returns it; never printed by
    /// <see cref="ToString"/>, never serialized.
    /// </summary>
    [JsonIgnore]
    internal string Secret { get; }

    /// <summary>
    /// The API passphrase. Internal: no public member returns it; never printed by
    /// <see cref="ToString"/>, never serialized.
    /// </summary>
    [JsonIgnore]
    internal string Passphrase { get; }

    /// <summary>The decoded HMAC key, kept so that signing never decodes base64 again.</summary>
    internal byte[] SecretBytes { get; }

    /// <summary>Equal when the key, secret and passphrase are; the decoded secret follows from the secret.</summary>
    /// <param name="other">The credentials to compare with.</param>
    public bool Equals(Credentials? other) =>
        other is not null
        && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && string.Equals(Secret, other.Secret, StringComparison.Ordinal)
        && string.Equals(Passphrase, other.Passphrase, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Secret, Passphrase);

    /// <summary>Shows the key only; the secret and passphrase are masked.</summary>
    public override string ToString() => $"Credentials {{ Key = {Key}, Secret = ***, Passphrase = *** }}";

    private static void RejectControlCharacters(string value, string paramName, string what)
    {
        if (value.Any(char.IsControl))
        {
            // Never echo the value: the passphrase is a secret.
            throw new ArgumentException($"The {what} contains a control character (such as CR or LF), which would end its header line; check what was copied.", paramName);
        }
    }

    private static byte[] DecodeSecret(string secret)
    {
        try
        {
            return Convert.FromBase64String(secret);
        }
        catch (FormatException)
        {
            // The exception must not echo the secret itself.
            throw new ArgumentException("The API secret must be the base64 string Coinbase issued.", nameof(secret));
        }
    }
}
