using System.Net;

namespace CoPrA;

/// <summary>
/// Where credentials may travel: over TLS, or in clear only to this machine (the sandbox), so that
/// the passphrase never crosses a network unencrypted. Shared by the REST and feed clients.
/// </summary>
internal static class CredentialTransport
{
    /// <summary>Whether the host is this machine: <c>localhost</c> or a loopback address (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

    /// <summary>Throws unless credentials may go to <paramref name="uri"/>: its scheme is <paramref name="secureScheme"/>, or its host is loopback.</summary>
    /// <param name="uri">The URL the credentials would go to.</param>
    /// <param name="secureScheme"><c>https</c> or <c>wss</c>.</param>
    /// <param name="optionName">The option that holds the URL, for the message.</param>
    /// <param name="paramName">The parameter the exception names.</param>
    public static void RequireSecure(Uri uri, string secureScheme, string optionName, string paramName)
    {
        if (uri.Scheme == secureScheme || IsLoopback(uri))
        {
            return;
        }

        throw new ArgumentException(
            $"Credentials require a {secureScheme}:// {optionName}; {uri.Scheme}:// is allowed only for loopback hosts such as the sandbox (got host '{uri.Host}').",
            paramName);
    }
}
