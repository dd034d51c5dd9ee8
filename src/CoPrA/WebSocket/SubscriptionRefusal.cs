namespace CoPrA.WebSocket;

/// <summary>
/// Reads the server's refusal of a subscribe frame: which <c>error</c> frames are refusals, and
/// which channels and products of the frame the reason names (for example
/// <c>NOPE-USD is not a valid product</c>, <c>level3 channel requires authentication</c>).
/// </summary>
internal static class SubscriptionRefusal
{
    /// <summary>Messages of the errors that answer a subscribe or unsubscribe frame.</summary>
    public static bool IsRefusal(ErrorMessage error) =>
        error.Message.StartsWith("Failed to subscribe", StringComparison.OrdinalIgnoreCase)
        || error.Message.StartsWith("Sorry, you could not be authenticated", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The parts of <paramref name="requested"/> that <paramref name="reason"/> names: each product
    /// it names, on every channel of the frame that asked for it; when it names no product, each
    /// channel it names, whole; when it names neither, nothing.
    /// </summary>
    public static IReadOnlyList<Channel> Culprits(IReadOnlyList<Channel> requested, string reason)
    {
        var products = requested
            .Select(channel => channel.ProductIds.Where(id => Names(reason, id)).ToList() is { Count: > 0 } ids ? new Channel(channel.Name, ids) : null)
            .OfType<Channel>()
            .ToList();
        return products.Count > 0 ? products : [.. requested.Where(channel => Names(reason, channel.Name))];
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> as a whole word (so BTC-USDC does not name BTC-USD).</summary>
    private static bool Names(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + word.Length;
            if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.Length || !IsWordChar(text[end])))
            {
                return true;
            }
        }

        return false;

        static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';
    }
}
