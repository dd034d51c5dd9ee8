using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Maps an enum to and from the names Coinbase uses on the wire, read once from its
/// <see cref="JsonStringEnumMemberNameAttribute"/>s.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public static class WireEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names;
    private static readonly FrozenDictionary<string, T> Values;

    static WireEnum()
    {
        var names = new Dictionary<T, string>();
        foreach (FieldInfo field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var attribute = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>();
            if (attribute is not null)
            {
                names[(T)field.GetValue(null)!] = attribute.Name;
            }
        }

        Names = names.ToFrozenDictionary();
        Values = names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }

    /// <summary>Whether the value is one with a wire name (so not Unknown and not an undefined number).</summary>
    /// <param name="value">The value to check.</param>
    public static bool IsDefined(T value) => Names.ContainsKey(value);

    /// <summary>The wire name of a value.</summary>
    /// <param name="value">A value with a wire name.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value has no wire name.</exception>
    public static string ToWire(T value) =>
        Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} value has no wire name.");

    /// <summary>Reads a wire name; false when it is not known.</summary>
    /// <param name="wire">The wire name, matched exactly.</param>
    /// <param name="value">The value, or Unknown.</param>
    public static bool TryParse(string? wire, out T value)
    {
        if (wire is not null && Values.TryGetValue(wire, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a wire name, giving Unknown (the default) for names this version does not know.</summary>
    /// <param name="wire">The wire name.</param>
    public static T Parse(string? wire) => TryParse(wire, out T value) ? value : default;
}
