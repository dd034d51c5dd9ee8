using System.Reflection;

namespace CoPrA;

/// <summary>The User-Agent both clients send (REST requests and the feed handshake): the library and its version.</summary>
internal static class LibraryInfo
{
    /// <summary>For example <c>CoPrA.NET/0.1.0 (.NET 10.0.0)</c>.</summary>
    public static readonly string UserAgent = Build();

    private static string Build()
    {
        string version = typeof(LibraryInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return $"CoPrA.NET/{(plus < 0 ? version : version[..plus])} (.NET {Environment.Version})";
    }
}
