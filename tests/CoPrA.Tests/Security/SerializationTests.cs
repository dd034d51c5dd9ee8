using System.Text.Json;
using CoPrA.Rest;
using CoPrA.WebSocket;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>JsonSerializer never writes the secret, the passphrase or a signature from any public type that holds them.</summary>
public class SerializationTests
{
    private const string Passphrase = "serialized-passphrase";
    private static readonly Credentials Credentials = new("serialized-key", Secret, Passphrase);

    public static TheoryData<string> Holders() => ["credentials", "rest options", "feed options", "DI options", "signed headers"];

    private static (object Value, string? Signature) Holder(string name) => name switch
    {
        "credentials" => (Credentials, null),
        "rest options" => (new RestClientOptions { Credentials = Credentials }, null),
        "feed options" => (new WebSocketClientOptions { Credentials = Credentials }, null),
        "DI options" => (new CoPrAOptions { ApiKey = Credentials.Key, ApiSecret = Secret, ApiPassphrase = Passphrase }, null),
        _ => new CoinbaseSigner(Credentials).Sign("GET", "/accounts") is var headers ? (headers, headers.Signature) : default,
    };

    [Theory]
    [MemberData(nameof(Holders))]
    public void Serializing_leaves_out_the_secret_the_passphrase_and_the_signature(string holder)
    {
        var (value, signature) = Holder(holder);

        // Compared as read back: the writer escapes '+' and '/' of base64 text.
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(value, value.GetType()));
        var strings = StringsIn(json.RootElement).ToList();

        Assert.Contains("serialized-key", strings);
        Assert.DoesNotContain(strings, s => s.Contains(Secret, StringComparison.Ordinal) || s.Contains(Passphrase, StringComparison.Ordinal));
        if (signature is not null)
        {
            Assert.DoesNotContain(strings, s => s.Contains(signature, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> StringsIn(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsIn(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringsIn),
        _ => [],
    };
}
