using System.Collections.Frozen;

namespace CoPrA.Sandbox.Feed;

/// <summary>The channels the sandbox's feed serves, their aliases, and which need authentication.</summary>
internal static class FeedChannels
{
    public const string Heartbeat = "heartbeat";
    public const string Status = "status";
    public const string Ticker = "ticker";
    public const string TickerBatch = "ticker_batch";
    public const string Level2 = "level2";
    public const string Level2Batch = "level2_batch";
    public const string Matches = "matches";
    public const string Full = "full";
    public const string User = "user";

    /// <summary>Served channels, in the order the subscriptions message lists them.</summary>
    public static IReadOnlyList<string> Served { get; } = [Heartbeat, Status, Ticker, TickerBatch, Level2, Level2Batch, Matches, Full, User];

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["level2_50"] = Level2Batch,
        ["ticker_1000"] = TickerBatch,
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> NotSimulated = FrozenSet.ToFrozenSet(["level3", "rfq_matches", "auctionfeed", "balance"]);

    private static readonly FrozenSet<string> Authenticated = FrozenSet.ToFrozenSet([Level2, Full, User]);

    /// <summary>The served channel a requested name means, or the error reason when there is none.</summary>
    public static string? Resolve(string requested, out string? reason)
    {
        string name = requested.ToLowerInvariant();
        name = Aliases.GetValueOrDefault(name, name);
        if (Served.Contains(name))
        {
            reason = null;
            return name;
        }

        reason = NotSimulated.Contains(name) ? $"{name} is not simulated by the sandbox" : $"{requested} is not a valid channel";
        return null;
    }

    /// <summary>Whether the channel needs an authenticated subscribe (level2, full and user, as since 2023).</summary>
    public static bool RequiresAuthentication(string channel) => Authenticated.Contains(channel);
}
