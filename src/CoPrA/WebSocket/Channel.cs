using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CoPrA.WebSocket;

/// <summary>
/// A feed channel and the products (for <c>balance</c>: the accounts) it observes, as in CoPrA:
/// an immutable set with value equality, <c>+</c> (union) and <c>-</c> (difference).
/// </summary>
/// <remarks>
/// The name is lower-cased and must be one of <see cref="Names"/>. Ids are kept as given (no case
/// change or trimming, as in CoPrA). Unlike CoPrA, comparing channels of different names gives
/// false instead of throwing, so channels can be used in sets and as dictionary keys.
/// </remarks>
public sealed class Channel : IEquatable<Channel>
{
    /// <summary>The channels the feed has today.</summary>
    public static readonly FrozenSet<string> Names = ChannelNames.All;

    /// <summary>The channel that lists every product and currency and takes no product ids.</summary>
    public const string StatusName = ChannelNames.Status;

    /// <summary>The channel of RFQ matches, whose product ids are optional (none means all products).</summary>
    public const string RfqMatchesName = ChannelNames.RfqMatches;

    /// <summary>The channel of account balances, subscribed with account ids instead of product ids.</summary>
    public const string BalanceName = ChannelNames.Balance;

    /// <summary>Creates a channel.</summary>
    /// <param name="name">The channel name, any case, for example <c>ticker</c>.</param>
    /// <param name="productIds">
    /// At least one product id (for <c>balance</c>, account id); none for <c>status</c>, optional for <c>rfq_matches</c>.
    /// </param>
    /// <exception cref="ArgumentException">The name is not a feed channel, or the ids do not suit it.</exception>
    public Channel(string name, params string[] productIds)
        : this(name, (IEnumerable<string>)productIds)
    {
    }

    /// <summary>Creates a channel from any sequence of ids.</summary>
    /// <param name="name">The channel name, any case, for example <c>ticker</c>.</param>
    /// <param name="productIds">
    /// At least one product id (for <c>balance</c>, account id); none for <c>status</c>, optional for <c>rfq_matches</c>.
    /// </param>
    /// <exception cref="ArgumentException">The name is not a feed channel, or the ids do not suit it.</exception>
    public Channel(string name, IEnumerable<string> productIds)
    {
        ArgumentNullException.ThrowIfNull(name);
        string lowered = name.ToLowerInvariant();
        if (!Names.Contains(lowered))
        {
            throw new ArgumentException($"invalid name {name}", nameof(name));
        }

        var ids = ImmutableHashSet.CreateRange(StringComparer.Ordinal, productIds ?? []);
        if (ids.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("product ids must not be null or empty", nameof(productIds));
        }

        if (lowered == StatusName && !ids.IsEmpty)
        {
            throw new ArgumentException("the status channel takes no product ids", nameof(productIds));
        }

        if (ids.IsEmpty && lowered is not (StatusName or RfqMatchesName))
        {
            throw new ArgumentException(
                lowered == BalanceName ? "must include at least one account id" : "must include at least one product id",
                nameof(productIds));
        }

        Name = lowered;
        ProductIds = ids;
    }

    private Channel(string name, ImmutableHashSet<string> productIds)
    {
        Name = name;
        ProductIds = productIds;
    }

    /// <summary>
    /// A channel of another feed for the connection core's bookkeeping, with the name and ids as
    /// given (no check against the Exchange's names); the feed's own public type has checked them.
    /// </summary>
    /// <param name="name">The channel name.</param>
    /// <param name="productIds">The ids, possibly none.</param>
    internal static Channel OfOtherFeed(string name, IEnumerable<string> productIds) =>
        new(name, ImmutableHashSet.CreateRange(StringComparer.Ordinal, productIds));

    /// <summary>The lower-case channel name.</summary>
    public string Name { get; }

    /// <summary>The product ids; for <c>balance</c>, the account ids. Empty for <c>status</c> (and for <c>rfq_matches</c> on all products).</summary>
    public ImmutableHashSet<string> ProductIds { get; }

    /// <summary>Whether the ids are account ids (the <c>balance</c> channel) rather than product ids.</summary>
    public bool HasAccountIds => Name == BalanceName;

    /// <summary>The union of two channels of the same name.</summary>
    /// <param name="left">A channel.</param>
    /// <param name="right">A channel of the same name.</param>
    /// <exception cref="ArgumentException">The names differ.</exception>
    public static Channel operator +(Channel left, Channel right)
    {
        CheckSameName(left, right);
        return new Channel(left.Name, left.ProductIds.Union(right.ProductIds));
    }

    /// <summary>The ids of <paramref name="left"/> that are not in <paramref name="right"/>; null when none are left.</summary>
    /// <param name="left">A channel.</param>
    /// <param name="right">A channel of the same name.</param>
    /// <exception cref="ArgumentException">The names differ.</exception>
    public static Channel? operator -(Channel left, Channel right)
    {
        CheckSameName(left, right);
        var rest = left.ProductIds.Except(right.ProductIds);
        return rest.IsEmpty ? null : new Channel(left.Name, rest);
    }

    /// <summary>Value equality: same name and same set of ids.</summary>
    /// <param name="left">A channel or null.</param>
    /// <param name="right">A channel or null.</param>
    public static bool operator ==(Channel? left, Channel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">A channel or null.</param>
    /// <param name="right">A channel or null.</param>
    public static bool operator !=(Channel? left, Channel? right) => !(left == right);

    /// <summary>The union of two channels of the same name (the named form of <c>+</c>).</summary>
    /// <param name="left">A channel.</param>
    /// <param name="right">A channel of the same name.</param>
    public static Channel Add(Channel left, Channel right) => left + right;

    /// <summary>The difference of two channels of the same name (the named form of <c>-</c>); null when empty.</summary>
    /// <param name="left">A channel.</param>
    /// <param name="right">A channel of the same name.</param>
    public static Channel? Subtract(Channel left, Channel right) => left - right;

    /// <summary>The ids both channels share, as a channel; null when they share none.</summary>
    /// <param name="other">A channel of the same name.</param>
    internal Channel? Intersect(Channel other)
    {
        CheckSameName(this, other);
        var shared = ProductIds.Intersect(other.ProductIds);
        return shared.IsEmpty ? null : new Channel(Name, shared);
    }

    /// <inheritdoc />
    public bool Equals(Channel? other) =>
        other is not null && (ReferenceEquals(this, other) || (Name == other.Name && ProductIds.SetEquals(other.ProductIds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Channel);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent: the set has no defined iteration order.
        int ids = 0;
        foreach (string id in ProductIds)
        {
            ids ^= StringComparer.Ordinal.GetHashCode(id);
        }

        return HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), ids, ProductIds.Count);
    }

    /// <summary>The ids in ordinal order, so that frames and logs are stable.</summary>
    public IReadOnlyList<string> SortedIds() => [.. ProductIds.Order(StringComparer.Ordinal)];

    /// <summary>Reads like CoPrA's repr, for example <c>{'name': 'ticker', 'product_ids': ['BTC-USD', 'ETH-USD']}</c>.</summary>
    public override string ToString() =>
        $"{{'name': '{Name}', '{(HasAccountIds ? "account_ids" : "product_ids")}': [{string.Join(", ", SortedIds().Select(id => $"'{id}'"))}]}}";

    private static void CheckSameName(Channel left, Channel right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Name != right.Name)
        {
            throw new ArgumentException($"cannot combine channels of different names: {left.Name} and {right.Name}", nameof(right));
        }
    }
}
