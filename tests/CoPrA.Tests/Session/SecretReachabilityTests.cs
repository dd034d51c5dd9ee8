using System.Collections;
using System.Reflection;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using CoPrA.WebSocket;
using Microsoft.Extensions.DependencyInjection;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Session;

/// <summary>No public property reachable from a client, its options or its session returns the secret, the passphrase or a CDP private key.</summary>
public class SecretReachabilityTests
{
    private const string Passphrase = "reachability-passphrase";
    private const int MaxDepth = 8;
    private static readonly byte[] SecretBytes = Convert.FromBase64String(Secret);

    private static Credentials Key() => new("public-key-id", Secret, Passphrase);

    /// <summary>Walks every public instance property from <paramref name="root"/> (indexers skipped, each object once) and returns the paths whose value is the secret, the passphrase or the decoded secret.</summary>
    private static List<string> PathsToSecrets(object root) => PathsTo(root, [Secret, Passphrase], [SecretBytes]);

    /// <summary>The paths from <paramref name="root"/> whose string value contains one of <paramref name="texts"/> or whose bytes equal one of <paramref name="blobs"/>.</summary>
    private static List<string> PathsTo(object root, string[] texts, byte[][] blobs)
    {
        var found = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(root, root.GetType().Name, 0);
        return found;

        void Visit(object? value, string path, int depth)
        {
            switch (value)
            {
                case null:
                    return;
                case string text:
                    if (texts.Any(secret => text.Contains(secret, StringComparison.Ordinal)))
                    {
                        found.Add(path);
                    }

                    return;
                case byte[] bytes:
                    if (blobs.Any(secret => bytes.AsSpan().SequenceEqual(secret)))
                    {
                        found.Add(path);
                    }

                    return;
            }

            var type = value.GetType();
            if (depth >= MaxDepth || type.IsPrimitive || type.IsEnum || type.IsPointer || value is Type or MemberInfo or Assembly or Delegate || !seen.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                int index = 0;
                foreach (var item in items)
                {
                    Visit(item, $"{path}[{index++}]", depth + 1);
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true })
                {
                    continue;
                }

                object? child;
                try
                {
                    child = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Visit(child, $"{path}.{property.Name}", depth + 1);
            }
        }
    }

    [Fact]
    public async Task Nothing_public_reachable_from_the_clients_and_their_options_returns_the_secret()
    {
        var restOptions = Options(configure: o => o.Credentials = Key());
        var feedOptions = new WebSocketClientOptions { Credentials = Key() };
        using var rest = new RestClient(restOptions);
        await using var feed = new WebSocketClient([new Channel("user", "BTC-USD")], feedOptions);
        var services = new ServiceCollection();
        services.AddCoPrA(o => { o.BaseUrl = BaseUrl; o.ApiKey = "public-key-id"; o.ApiSecret = Secret; o.ApiPassphrase = Passphrase; });
        using var provider = services.BuildServiceProvider();

        object[] roots = [rest, feed, restOptions, feedOptions, provider.GetRequiredService<RestClient>(), provider.GetRequiredService<WebSocketClientOptions>()];

        Assert.All(roots, root => Assert.Empty(PathsToSecrets(root)));
        Assert.True(rest.IsAuthenticated && feed.IsAuthenticated);
    }

    [Fact]
    public void Nothing_public_reachable_from_a_session_or_options_holding_credentials_returns_the_secret()
    {
        var session = new CoinbaseSession(Key());
        object[] roots =
        [
            session,
            new RestClientOptions { Session = session },
            new WebSocketClientOptions { Session = session },
            new CoPrAOptions { Credentials = Key() },
            Key(),
        ];

        Assert.All(roots, root => Assert.Empty(PathsToSecrets(root)));
    }

    [Fact]
    public async Task Nothing_public_reachable_from_the_advanced_trade_clients_returns_a_cdp_private_key()
    {
        // The key texts as given, the PEM's base64 body and the Ed25519 seed as bytes.
        string ecdsaBody = string.Concat(CdpTestKeys.EcdsaPem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)).Select(line => line.Trim()));
        string[] texts = [CdpTestKeys.EcdsaPem, ecdsaBody, CdpTestKeys.Ed25519Base64, CdpTestKeys.Ed25519SeedBase64];
        byte[][] blobs = [Convert.FromBase64String(CdpTestKeys.Ed25519SeedBase64), Convert.FromBase64String(CdpTestKeys.Ed25519Base64), Convert.FromBase64String(ecdsaBody)];
        var roots = new List<object>();
        foreach (var key in new[] { CdpTestKeys.Ecdsa(), CdpTestKeys.Ed25519() })
        {
            var restOptions = new AdvancedTradeClientOptions { ApiKey = key };
            var feedOptions = new AdvancedTradeWebSocketClientOptions { ApiKey = key };
            var rest = new AdvancedTradeClient(restOptions);
            var feed = new AdvancedTradeWebSocketClient([new AdvancedTradeChannel(AdvancedTradeChannel.User, "BTC-USD")], feedOptions);
            var session = new CoinbaseSession(key);
            Assert.True(rest.IsAuthenticated);
            roots.AddRange([key, session, restOptions, feedOptions, rest, feed, new AdvancedTradeClientOptions { Session = session }]);
        }

        try
        {
            Assert.All(roots, root => Assert.Empty(PathsTo(root, texts, blobs)));
        }
        finally
        {
            foreach (var disposable in roots.OfType<IAsyncDisposable>())
            {
                await disposable.DisposeAsync();
            }
        }
    }

    [Fact]
    public void CoPrAOptions_returns_only_the_key_parts_it_was_given_to_bind()
    {
        // The binder needs a public getter, so the two input properties are the one documented
        // exception; the walk finding them also shows that it finds what is there.
        var options = new CoPrAOptions { ApiKey = "public-key-id", ApiSecret = Secret, ApiPassphrase = Passphrase };

        Assert.Equal(["CoPrAOptions.ApiSecret", "CoPrAOptions.ApiPassphrase"], PathsToSecrets(options));
    }
}
