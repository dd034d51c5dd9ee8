namespace CoPrA;

/// <summary>
/// A Coinbase Exchange API key: the key, its base64 secret and the passphrase chosen when the key
/// was created. <see cref="ToString"/> never shows the secret or the passphrase.
/// </summary>
public sealed record Credentials
{
    /// <summary>Creates credentials, checking that every part is present and the secret is base64.</summary>
    /// <param name="key">The API key (hex string).</param>
    /// <param name="secret">The API secret, base64 as Coinbase shows it.</param>
    /// <param name="passphrase">The passphrase chosen when the key was created.</param>
    /// <exception cref="ArgumentException">A part is null, empty or white space, or the secret is not base64.</exception>
    public Credentials(string key, string secret, string passphrase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentException.ThrowIfNullOrWhiteSpace(passphrase);
        SecretBytes = DecodeSecret(secret);
        Key = key;
        Secret = secret;
        Passphrase = passphrase;
    }

    /// <summary>The API key.</summary>
    public string Key { get; }

    /// <summary>The base64 API secret. Never printed by <see cref="ToString"/>.</summary>
    public string Secret { get; }

    /// <summary>The API passphrase. Never printed by <see cref="ToString"/>.</summary>
    public string Passphrase { get; }

    /// <summary>The decoded HMAC key, kept so that signing never decodes base64 again.</summary>
    internal byte[] SecretBytes { get; }

    /// <summary>Shows the key only; the secret and passphrase are masked.</summary>
    public override string ToString() => $"Credentials {{ Key = {Key}, Secret = ***, Passphrase = *** }}";

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
