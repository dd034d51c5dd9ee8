using System.Globalization;
using CoPrA.Sandbox.Json;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.Rest;

/// <summary>
/// Cursor pagination as the exchange does it: <c>limit</c> (1 to 1000), <c>after</c> for older
/// items, <c>before</c> for newer ones; the page's first and last cursors go back as headers.
/// Lists are newest first. The Advanced Trade API's <c>limit</c> and <c>cursor</c> are the same walk
/// towards older items (<see cref="ReadCursor"/>), with its error body.
/// </summary>
internal sealed class Paging
{
    private readonly string? _errorCode;

    private Paging(int limit, string? before, string? after, string? errorCode = null)
    {
        Limit = limit;
        Before = before;
        After = after;
        _errorCode = errorCode;
    }

    public int Limit { get; }

    public string? Before { get; }

    public string? After { get; }

    /// <summary>Reads limit, before and after from the query; 400 when they are invalid.</summary>
    public static Paging Read(HttpContext context, int defaultLimit = 100)
    {
        var query = context.Request.Query;
        int limit = defaultLimit;
        if (!string.IsNullOrEmpty(query["limit"]))
        {
            if (!int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000)
            {
                throw SandboxApiException.BadRequest("limit must be between 1 and 1000");
            }
        }

        string? before = NullIfEmpty(query["before"]);
        string? after = NullIfEmpty(query["after"]);
        if (before is not null && after is not null)
        {
            throw SandboxApiException.BadRequest("before and after cannot both be provided");
        }

        return new Paging(limit, before, after);
    }

    /// <summary>
    /// Reads the Advanced Trade API's <c>limit</c> (1 to <paramref name="maxLimit"/>) and <c>cursor</c> (the
    /// previous page's last cursor); 400 <c>INVALID_ARGUMENT</c> when they are invalid.
    /// </summary>
    public static Paging ReadCursor(HttpContext context, int defaultLimit, int maxLimit)
    {
        string? text = NullIfEmpty(context.Request.Query["limit"]);
        int limit = defaultLimit;
        if (text is not null && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > maxLimit))
        {
            throw SandboxApiException.AdvancedTrade(StatusCodes.Status400BadRequest, AdvancedTradeInvalidArgument, $"limit must be between 1 and {maxLimit}");
        }

        return new Paging(limit, null, NullIfEmpty(context.Request.Query["cursor"]), AdvancedTradeInvalidArgument);
    }

    private const string AdvancedTradeInvalidArgument = "INVALID_ARGUMENT";

    /// <summary>Cuts one page from a newest-first list whose items carry a numeric cursor (trade or ledger ids).</summary>
    public PageResult<T> Slice<T>(IReadOnlyList<T> newestFirst, Func<T, long> cursor) =>
        Slice(newestFirst, cursor, (text, name) => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : throw Invalid(name), value => value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Cuts one page from a newest-first list whose items carry a date cursor (orders, holds).</summary>
    public PageResult<T> Slice<T>(IReadOnlyList<T> newestFirst, Func<T, DateTimeOffset> cursor) =>
        Slice(newestFirst, cursor, (text, name) => UtcTimestampConverter.TryParse(text, out var value) ? value : throw Invalid(name), UtcTimestampConverter.Format);

    private PageResult<T> Slice<T, TKey>(IReadOnlyList<T> newestFirst, Func<T, TKey> cursor, Func<string, string, TKey> parse, Func<TKey, string> format)
        where TKey : IComparable<TKey>
    {
        var items = new List<T>(Math.Min(Limit, newestFirst.Count));
        bool more = false;
        if (Before is not null)
        {
            // The newer items closest to the cursor, still newest first.
            var bound = parse(Before, "before");
            int end = newestFirst.Count;
            for (int i = 0; i < newestFirst.Count; i++)
            {
                if (cursor(newestFirst[i]).CompareTo(bound) <= 0)
                {
                    end = i;
                    break;
                }
            }

            for (int i = Math.Max(0, end - Limit); i < end; i++)
            {
                items.Add(newestFirst[i]);
            }
        }
        else
        {
            TKey? bound = After is null ? default : parse(After, "after");
            foreach (var item in newestFirst)
            {
                if (After is not null && cursor(item).CompareTo(bound!) >= 0)
                {
                    continue;
                }

                if (items.Count == Limit)
                {
                    more = true;
                    break;
                }

                items.Add(item);
            }
        }

        return items.Count == 0
            ? new PageResult<T>(items, null, null)
            : new PageResult<T>(items, format(cursor(items[0])), format(cursor(items[^1]))) { HasMore = more };
    }

    private SandboxApiException Invalid(string name) =>
        _errorCode is null
            ? SandboxApiException.BadRequest($"Invalid {name}")
            : SandboxApiException.AdvancedTrade(StatusCodes.Status400BadRequest, _errorCode, $"Invalid {(name == "after" ? "cursor" : name)}");

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}

/// <summary>One page of items and the cursors of its first (newest) and last (oldest) item.</summary>
internal sealed record PageResult<T>(List<T> Items, string? Before, string? After)
{
    /// <summary>Whether older items follow this page (walking with <c>after</c>/<c>cursor</c>).</summary>
    public bool HasMore { get; init; }
}
