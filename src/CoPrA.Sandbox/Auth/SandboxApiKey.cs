using System.Security.Cryptography;
using System.Text;

namespace CoPrA.Sandbox.Auth;

/// <summary>
/// The Exchange API key the sandbox accepts, as the server holds it: key, base64 secret and passphrase.
/// The sandbox keeps its own copy because a client's <see cref="CoPrA.Credentials"/> never gives its
/// secret or passphrase back, and a server must read both to check a request.
/// </summary>
/// <param name="Key">The public key id.</param>
/// <param name="Secret">The base64 secret the signature is keyed with.</param>
/// <param name="Passphrase">The passphrase sent with every request.</param>
internal sealed record SandboxApiKey(string Key, string Secret, string Passphrase)
{
    /// <summary>The key every sandbox accepts unless told otherwise: the same in every run.</summary>
    public static SandboxApiKey Default { get; } = new(
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("copra-sandbox/key")))[..32],
        Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes("copra-sandbox/secret"))),
        "sandbox-passphrase");

    /// <summary>The key set in the options, or <see cref="Default"/> when none is.</summary>
    /// <exception cref="ArgumentException">Only some of the three are set, or the secret is not base64.</exception>
    public static SandboxApiKey FromOptions(SandboxOptions options)
    {
        if (options.ApiKey is null && options.ApiSecret is null && options.ApiPassphrase is null)
        {
            return Default;
        }

        if (options.ApiKey is null || options.ApiSecret is null || options.ApiPassphrase is null)
        {
            throw new ArgumentException("ApiKey, ApiSecret and ApiPassphrase must be set together.", nameof(options));
        }

        var key = new SandboxApiKey(options.ApiKey, options.ApiSecret, options.ApiPassphrase);
        _ = key.ToCredentials(); // the client's own checks: non-empty values, a base64 secret
        return key;
    }

    /// <summary>The same key as a client's credentials.</summary>
    public Credentials ToCredentials() => new(Key, Secret, Passphrase);

    /// <summary>Masks the secret and passphrase, as <see cref="CoPrA.Credentials"/> does.</summary>
    public override string ToString() => $"SandboxApiKey {{ Key = {Key}, Secret = ***, Passphrase = *** }}";
}
