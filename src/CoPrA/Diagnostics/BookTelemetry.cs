using CoPrA.Books;

namespace CoPrA.Diagnostics;

/// <summary>The book keepers' instrument: a resync, tagged with the book's level, product and reason.</summary>
internal static class BookTelemetry
{
    /// <summary>A keeper stopped trusting a book and will load it again.</summary>
    /// <param name="level">2 or 3.</param>
    /// <param name="productId">The book's product.</param>
    /// <param name="reason">Why.</param>
    public static void Resync(int level, string productId, BookKeeperResyncReason reason) =>
        CoPrATelemetry.BookResyncs.Add(
            1,
            new KeyValuePair<string, object?>("copra.book.level", level),
            new KeyValuePair<string, object?>("copra.book.product", productId),
            new KeyValuePair<string, object?>("copra.book.resync.reason", reason switch
            {
                BookKeeperResyncReason.Start => "start",
                BookKeeperResyncReason.Gap => "gap",
                BookKeeperResyncReason.Disconnected => "disconnected",
                BookKeeperResyncReason.Requested => "requested",
                _ => "other",
            }));
}
