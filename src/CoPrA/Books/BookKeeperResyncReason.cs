namespace CoPrA.Books;

/// <summary>Why a book keeper stopped trusting a book and (re)synchronises it.</summary>
public enum BookKeeperResyncReason
{
    /// <summary>The first message of the product arrived: the book has never been loaded.</summary>
    Start,
    /// <summary>A sequence number was skipped: messages were lost.</summary>
    Gap,
    /// <summary>The connection was lost; the feed may have sent messages that never arrived.</summary>
    Disconnected,
    /// <summary>The caller asked for it (<see cref="Level3BookKeeper.Resync"/>).</summary>
    Requested,
}
