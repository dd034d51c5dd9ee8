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

    /// <summary>Whether the path is one of the public endpoints (no key needed, the public rate limit).</summary>
    public static bool IsPublic(string path) =>
        path.StartsWith(Market + "/", StringComparison.Ordinal) || path == Time;
}
