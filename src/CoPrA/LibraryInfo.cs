using System.Reflection;

namespace CoPrA;

/// <summary>The library's version, and the User-Agent both clients send (REST requests and the feed handshake).</summary>
internal static class LibraryInfo
{
    /// <summary>The package version without the source-control suffix, for example <c>0.1.0</c>.</summary>
    public static readonly string Version = ReadVersion();

    /// <summary>For example <c>CoPrA.NET/0.1.0 (.NET 10.0.0)</c>.</summary>
    public static readonly string UserAgent = $"CoPrA.NET/{Version} (.NET {Environment.Version})";

    private static string ReadVersion()
    {
        string version = typeof(LibraryInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
