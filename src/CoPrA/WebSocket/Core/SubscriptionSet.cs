namespace CoPrA.WebSocket;

/// <summary>
/// The channels a client wants, by name in the order first subscribed (as CoPrA's dict), with the
/// bookkeeping that turns a subscribe or unsubscribe call into only what actually changes.
/// Not thread-safe: the client calls it under its send lock.
/// </summary>
internal sealed class SubscriptionSet
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);

    /// <summary>The channels now, in subscription order.</summary>
    public IReadOnlyList<Channel> Snapshot() => [.. _order.Select(name => _channels[name])];

    /// <summary>Adds channels and returns the parts that were not subscribed yet, one entry per name.</summary>
    public IReadOnlyList<Channel> Add(IEnumerable<Channel> channels)
    {
        var added = new ChangeList();
        foreach (var channel in channels)
        {
            if (!_channels.TryGetValue(channel.Name, out var existing))
            {
                _order.Add(channel.Name);
                _channels[channel.Name] = channel;
                added.Merge(channel);
            }
            else if ((channel - existing) is { } fresh)
            {
                _channels[channel.Name] = existing + channel;
                added.Merge(fresh);
            }
        }

        return added.Channels;
    }

    /// <summary>
    /// Removes channels and returns what was actually subscribed among them, one entry per name.
    /// Unknown names are ignored. A channel given without ids (<c>status</c>, all of <c>rfq_matches</c>)
    /// removes that channel entirely.
    /// </summary>
    public IReadOnlyList<Channel> Remove(IEnumerable<Channel> channels)
    {
        var removed = new ChangeList();
        foreach (var channel in channels)
        {
            if (!_channels.TryGetValue(channel.Name, out var existing))
            {
                continue;
            }

            Channel? gone = channel.ProductIds.IsEmpty ? existing : existing.Intersect(channel);
            if (gone is null)
            {
                continue;
            }

            Channel? rest = channel.ProductIds.IsEmpty ? null : existing - channel;
            if (rest is null)
            {
                _channels.Remove(channel.Name);
                _order.Remove(channel.Name);
            }
            else
            {
                _channels[channel.Name] = rest;
            }

            removed.Merge(gone);
        }

        return removed.Channels;
    }

    /// <summary>Changes collected per name, in first-seen order.</summary>
    private sealed class ChangeList
    {
        public List<Channel> Channels { get; } = [];

        public void Merge(Channel channel)
        {
            int index = Channels.FindIndex(c => c.Name == channel.Name);
            if (index < 0)
            {
                Channels.Add(channel);
            }
            else
            {
                Channels[index] += channel;
            }
        }
    }
}
