using System.Collections.Frozen;

namespace CoPrA.WebSocket;

/// <summary>
/// The Exchange feed's channel names, written once: <see cref="Channel"/>, the gap checks, the
/// queue-drop report and the book keepers all read them from here.
/// </summary>
internal static class ChannelNames
{
    public const string Heartbeat = "heartbeat";
    public const string Status = "status";
    public const string Ticker = "ticker";
    public const string TickerBatch = "ticker_batch";
    public const string Level2 = "level2";
    public const string Level2Batch = "level2_batch";
    public const string Level3 = "level3";
    public const string Full = "full";
    public const string User = "user";
    public const string Matches = "matches";
    public const string RfqMatches = "rfq_matches";
    public const string AuctionFeed = "auctionfeed";
    public const string Balance = "balance";

    /// <summary>Every channel the feed has today.</summary>
    public static readonly FrozenSet<string> All = FrozenSet.Create(
        StringComparer.Ordinal,
        Heartbeat, Status, Ticker, TickerBatch, Level2, Level2Batch, Level3,
        Full, User, Matches, RfqMatches, AuctionFeed, Balance);
}
