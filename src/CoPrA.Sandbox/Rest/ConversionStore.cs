using System.Collections.Concurrent;

namespace CoPrA.Sandbox.Rest;

/// <summary>Stablecoin conversions made, by id, for <c>GET /conversions/{id}</c>.</summary>
internal sealed class ConversionStore
{
    private readonly ConcurrentDictionary<string, (string OwnerId, Conversion Conversion)> _conversions = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string ownerId, Conversion conversion) => _conversions[conversion.Id] = (ownerId, conversion);

    public Conversion? Find(string ownerId, string id) =>
        _conversions.TryGetValue(id, out var entry) && entry.OwnerId == ownerId ? entry.Conversion : null;
}
