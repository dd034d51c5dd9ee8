using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>The Advanced Trade REST paths the client treats specially.</summary>
internal static class AdvancedTradePaths
{
    /// <summary>Every Advanced Trade REST path starts with this.</summary>
    public const string Prefix = "/api/v3/brokerage";

    /// <summary>Public market data: served without authentication.</summary>
    public const string Market = Prefix + "/market";

    /// <summary>The server's clock: public.</summary>
    public const string Time = Prefix + "/time";

    /// <summary>The path of a product, or of one of its resources, under <paramref name="root"/> (the signed or the public prefix).</summary>
    public static string Product(string root, string productId, string? resource) =>
        root + "/products/" + UrlEncoding.Encode(productId) + resource;

    /// <summary>Whether the path is one of the public endpoints (no key needed, the public rate limit).</summary>
    public static bool IsPublic(string path) =>
        path.StartsWith(Market + "/", StringComparison.Ordinal) || path == Time;
}
