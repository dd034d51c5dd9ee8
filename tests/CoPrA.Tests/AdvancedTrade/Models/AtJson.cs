using System.Text.Json;
using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade.Models;

/// <summary>Reads and writes through the library's own Advanced Trade metadata, as the client will.</summary>
internal static class AtJson
{
    public static T Read<T>(string json) =>
        (T)JsonSerializer.Deserialize(json, AdvancedTradeJsonContext.Default.GetTypeInfo(typeof(T))!)!;

    public static string Write<T>(T value) =>
        JsonSerializer.Serialize(value, AdvancedTradeJsonContext.Default.GetTypeInfo(typeof(T))!);

    /// <summary>Single quotes for double quotes, so the JSON in tests stays readable.</summary>
    public static string Q(string json) => json.Replace('\'', '"');
}
