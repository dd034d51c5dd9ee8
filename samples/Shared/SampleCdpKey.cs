using CoPrA;

namespace CoPrA.Samples;

/// <summary>
/// An Advanced Trade sample's CDP key, from the environment, never the command line:
/// <c>COINBASE_CDP_KEY_FILE</c> (the JSON file Coinbase hands out), or <c>COINBASE_CDP_KEY_NAME</c>
/// with <c>COINBASE_CDP_PRIVATE_KEY</c>. Problems are described without echoing any value.
/// </summary>
internal static class SampleCdpKey
{
    /// <summary>The path of a key file.</summary>
    public const string FileVariable = "COINBASE_CDP_KEY_FILE";

    /// <summary>The key's name (or id).</summary>
    public const string NameVariable = "COINBASE_CDP_KEY_NAME";

    /// <summary>The key's private key (PEM or base64).</summary>
    public const string PrivateKeyVariable = "COINBASE_CDP_PRIVATE_KEY";

    /// <summary>The key the environment names, none, or the problem with it.</summary>
    public static (CdpApiKey? Key, string? Problem) From(Func<string, string?> variable)
    {
        string? file = variable(FileVariable);
        string? name = variable(NameVariable);
        string? privateKey = variable(PrivateKeyVariable);
        try
        {
            if (!string.IsNullOrEmpty(file))
            {
                return (CdpApiKey.Load(file), null);
            }

            return (name, privateKey) switch
            {
                (null or "", null or "") => (null, null),
                ({ Length: > 0 }, { Length: > 0 }) => (new CdpApiKey(name, privateKey), null),
                _ => (null, $"the key needs both {NameVariable} and {PrivateKeyVariable} (or {FileVariable})"),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            // CdpApiKey's messages say what is wrong without quoting the key.
            return (null, ex.Message);
        }
    }
}
