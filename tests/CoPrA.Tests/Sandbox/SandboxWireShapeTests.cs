using System.Text.Json;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// Holds the sandbox's raw answers against the response examples of the Coinbase Exchange OpenAPI file
/// (Coinbase's own description of the API, the in-repository copy Coverage/exchange-openapi.json that the
/// endpoint coverage test reads too): the same property names, the same JSON kinds, at every depth. The
/// sandbox writes its answers with its own code, so a name the client library gets wrong no longer
/// passes every sandbox test; this test keeps the sandbox itself honest. Differences the sandbox means
/// are listed in <see cref="Allowed"/> with a reason; anything else fails.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxWireShapeTests(SandboxFixture fixture) : IDisposable
{
    private readonly RecordingHandler _recorder = new();
    private RestClient? _client;

    private RestClient Client => _client ??= SandboxFixture.CreateClient(fixture.Sandbox, httpClient: new HttpClient(_recorder));

    // Example path (a dot per level, [] for an array's elements) -> why the sandbox differs there.
    // A listed path covers what is below it.
    private static readonly Dictionary<string, Dictionary<string, string>> Allowed = new()
    {
        ["apiProduct"] = new()
        {
            ["+trading_disabled"] = "in Coinbase's live answers and CoPrA's Product model, not in the example",
            ["+fx_stablecoin"] = "in Coinbase's live answers and CoPrA's Product model, not in the example",
            ["+max_slippage_percentage"] = "in Coinbase's live answers and CoPrA's Product model, not in the example",
            ["+high_bid_limit_percentage"] = "in Coinbase's live answers and CoPrA's Product model, not in the example",
        },
        ["apiProductBook"] = new()
        {
            ["+auction_mode"] = "in Coinbase's live answers and CoPrA's OrderBook model (false: the sandbox holds no auctions)",
        },
        ["apiCurrency"] = new()
        {
            ["+message"] = "in Coinbase's live answers (empty when all is well)",
            ["+convertible_to"] = "in Coinbase's live answers: which currencies a conversion accepts",
            ["+default_network"] = "in Coinbase's live answers for crypto currencies",
            ["+supported_networks"] = "in Coinbase's live answers for crypto currencies",
            ["+display_name"] = "in Coinbase's live answers",
            ["+details.network_confirmations"] = "crypto currencies only (the example is USD)",
            ["+details.min_withdrawal_amount"] = "crypto currencies only (the example is USD)",
            ["+details.max_withdrawal_amount"] = "crypto currencies only (the example is USD)",
            ["-details.display_name"] = "the sandbox's currencies carry one display name, at the top level",
            ["-details.group_types"] = "not simulated: the sandbox has no currency groups",
        },
        ["apiAccount"] = new()
        {
            ["+pending_deposit"] = "in Coinbase's live answers; the sandbox's deposits land at once (0)",
            ["+display_name"] = "in Coinbase's live answers",
        },
        ["apiAccountHold"] = new()
        {
            ["+account_id"] = "in Coinbase's live answers",
            ["+updated_at"] = "in Coinbase's live answers",
        },
        ["apiAccountLedgerEntry"] = new()
        {
            ["details"] = "the members of details depend on the entry's type (the example is a profile transfer)",
        },
        ["apiOrder"] = new()
        {
            ["-max_floor"] = "not simulated: the sandbox has no iceberg orders",
            ["+stp"] = "echoes the self-trade prevention flag the order was placed with",
            ["+client_oid"] = "echoes the client order id the order was placed with",
            ["+market_type"] = "in Coinbase's live answers (spot)",
        },
        ["apiOrderFill"] = new()
        {
            ["+market_type"] = "in Coinbase's live answers (spot)",
        },
        ["apiPaymentMethod"] = new()
        {
            ["-resource"] = "a Coinbase consumer API link, not simulated",
            ["-resource_path"] = "a Coinbase consumer API link, not simulated",
            ["-limits"] = "not simulated: the sandbox has no transfer limits",
            ["-fiat_account"] = "a Coinbase consumer API link, not simulated",
            ["-picker_data"] = "display data of Coinbase's apps, not simulated",
        },
        ["apiConversion"] = new()
        {
            ["+created_at"] = "in Coinbase's live answers",
        },
        ["apiReport"] = new()
        {
            ["-params"] = "not echoed: the sandbox keeps only what it needs to write the file",
        },
    };

    public void Dispose()
    {
        _client?.Dispose();
        _recorder.Dispose();
    }

    public static TheoryData<string> Definitions => [.. Allowed.Keys.Union(["apiProductTicker", "apiProductTrade", "apiProductStats", "apiCoinbaseAccount", "apiFees", "apiDeleteOrdersResponse"])];

    [Theory]
    [MemberData(nameof(Definitions))]
    public async Task The_sandboxs_answer_has_the_shape_of_the_OpenAPI_example(string definition)
    {
        var example = Example(definition);
        var answers = await AnswersAsync(definition);

        Assert.NotEmpty(answers);
        var allowed = Allowed.GetValueOrDefault(definition) ?? [];
        var used = new HashSet<string>();
        foreach (var (request, answer) in answers)
        {
            var differences = Differences(example, answer, "").ToList();
            used.UnionWith(allowed.Keys.Where(path => differences.Any(difference => Covers(path, difference))));
            var unexplained = differences.Where(difference => !allowed.Keys.Any(path => Covers(path, difference))).ToList();
            Assert.True(unexplained.Count == 0, $"{request} differs from {definition}: {string.Join("; ", unexplained)}");
        }

        // A listed difference that no longer occurs is taken off the list.
        Assert.Empty(allowed.Keys.Except(used));
    }

    [Fact]
    public void A_wrong_name_or_kind_is_found()
    {
        using var example = JsonDocument.Parse("""{"id": "1", "size": "2", "settled": true, "details": {"to": "a"}, "rows": [["1", 2]]}""");
        using var answer = JsonDocument.Parse("""{"id": "1", "sise": "2", "settled": "true", "details": {"to": 1}, "rows": [["1", "2"]]}""");

        var differences = Differences(example.RootElement, answer.RootElement, "").ToList();

        Assert.Equal(["-size", "settled: String, not True", "details.to: Number, not String", "rows[][]: String, not Number", "+sise"], differences);
    }

    /// <summary>Each request the sandbox answered for a definition, with the answer's element to compare.</summary>
    private async Task<List<(string Request, JsonElement Answer)>> AnswersAsync(string definition)
    {
        await fixture.ResetAsync("BTC-USD");
        switch (definition)
        {
            case "apiProduct":
                await Client.ProductsAsync();
                await Client.ProductAsync("BTC-USD");
                return [Element("GET /products"), Single("GET /products/BTC-USD")];
            case "apiProductBook":
                fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Buy, 59_000m, 1m);
                fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Sell, 61_000m, 1m);
                await Client.OrderBookAsync("BTC-USD", level: 2);
                return [Single("GET /products/BTC-USD/book")];
            case "apiProductTicker":
                fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Buy, 59_000m, 1m);
                fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Sell, 61_000m, 1m);
                await Client.TickerAsync("BTC-USD");
                return [Single("GET /products/BTC-USD/ticker")];
            case "apiProductTrade":
                await Client.TradesAsync("BTC-USD", limit: 5);
                return [Element("GET /products/BTC-USD/trades")];
            case "apiProductStats":
                await Client.Get24HourStatsAsync("BTC-USD");
                return [Single("GET /products/BTC-USD/stats")];
            case "apiCurrency":
                await Client.CurrenciesAsync();
                await Client.CurrencyAsync("USD");
                return [.. Elements("GET /currencies"), Single("GET /currencies/USD")];
            case "apiAccount":
                var account = await Client.AccountsAsync();
                await Client.AccountAsync(account[0].Id);
                return [Element("GET /accounts"), Single($"GET /accounts/{account[0].Id}")];
            case "apiAccountHold":
                var usd = await fixture.AccountAsync("USD");
                await Client.LimitOrderAsync(Side.Buy, "BTC-USD", 50_000m, 0.01m);
                await Client.HoldsAsync(usd.Id);
                return [Element($"GET /accounts/{usd.Id}/holds")];
            case "apiAccountLedgerEntry":
                var bank = (await Client.PaymentMethodsAsync())[0];
                await Client.DepositPaymentMethodAsync(10m, "USD", bank.Id);
                var cash = await fixture.AccountAsync("USD");
                await Client.AccountHistoryAsync(cash.Id, limit: 1);
                return [Element($"GET /accounts/{cash.Id}/ledger")];
            case "apiOrder":
                var order = await Client.LimitOrderAsync(Side.Buy, "BTC-USD", 50_000m, 0.01m, clientOid: Guid.NewGuid().ToString());
                await Client.GetOrderAsync(order.Id);
                await Client.OrdersAsync(OrderStatus.Open, "BTC-USD");
                return [Single("POST /orders"), Single($"GET /orders/{order.Id}"), Element("GET /orders")];
            case "apiDeleteOrdersResponse":
                await Client.LimitOrderAsync(Side.Buy, "BTC-USD", 50_000m, 0.01m);
                await Client.CancelAllAsync("BTC-USD");
                return [Single("DELETE /orders")];
            case "apiOrderFill":
                fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Sell, 60_000m, 1m);
                var filled = await Client.MarketOrderAsync(Side.Buy, "BTC-USD", size: 0.01m);
                await Client.FillsAsync(orderId: filled.Id);
                return [Element("GET /fills")];
            case "apiPaymentMethod":
                await Client.PaymentMethodsAsync();
                return [Element("GET /payment-methods")];
            case "apiCoinbaseAccount":
                await Client.CoinbaseAccountsAsync();
                return [Element("GET /coinbase-accounts")];
            case "apiConversion":
                var conversion = await Client.StablecoinConversionAsync("USD", "USDC", 1m);
                await Client.ConversionAsync(conversion.Id);
                return [Single("POST /conversions"), Single($"GET /conversions/{conversion.Id}")];
            case "apiFees":
                await Client.FeesAsync();
                return [Single("GET /fees")];
            case "apiReport":
                var btc = await fixture.AccountAsync("BTC");
                var now = DateTimeOffset.UtcNow;
                var created = await Client.CreateReportAsync(ReportType.Account, now.AddDays(-1), now.AddMinutes(1), accountId: btc.Id, reportFormat: ReportFormat.Csv);
                await Client.ReportStatusAsync(created.Id);
                return [Single($"GET /reports/{created.Id}")];
            default:
                throw new ArgumentOutOfRangeException(nameof(definition), definition, "No request for this definition.");
        }
    }

    private (string, JsonElement) Single(string request) => (request, _recorder.Body(request));

    private (string, JsonElement) Element(string request) => (request + " [0]", _recorder.Body(request)[0]);

    private IEnumerable<(string, JsonElement)> Elements(string request) =>
        _recorder.Body(request).EnumerateArray().Select((element, i) => ($"{request} [{i}]", element));

    private static JsonElement Example(string definition)
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Coverage", "exchange-openapi.json")));
        return spec.RootElement.GetProperty("definitions").GetProperty(definition).GetProperty("example").Clone();
    }

    /// <summary>Whether a listed path explains a difference: the same member, or one below it.</summary>
    private static bool Covers(string path, string difference)
    {
        string member = path.TrimStart('+', '-');
        string at = difference.TrimStart('+', '-');
        return difference == path
            || (path == member && (at == member || at.StartsWith(member + ":", StringComparison.Ordinal)))
            || at.StartsWith(member + ".", StringComparison.Ordinal)
            || at.StartsWith(member + "[]", StringComparison.Ordinal);
    }

    /// <summary>
    /// "-name" for a member the example has and the answer lacks, "+name" for the reverse, "path: Kind, not
    /// Kind" where both have it in different JSON kinds. A null in the example says nothing about the kind.
    /// </summary>
    private static IEnumerable<string> Differences(JsonElement example, JsonElement answer, string path)
    {
        if (example.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (Kind(example) != Kind(answer))
        {
            yield return $"{(path.Length == 0 ? "(root)" : path)}: {Kind(answer)}, not {Kind(example)}";
            yield break;
        }

        if (example.ValueKind == JsonValueKind.Object)
        {
            var names = answer.EnumerateObject().Select(member => member.Name).ToHashSet();
            foreach (var member in example.EnumerateObject())
            {
                string at = path.Length == 0 ? member.Name : path + "." + member.Name;
                if (!answer.TryGetProperty(member.Name, out var value))
                {
                    yield return "-" + at;
                    continue;
                }

                foreach (string difference in Differences(member.Value, value, at))
                {
                    yield return difference;
                }
            }

            foreach (string name in names.Where(name => !example.TryGetProperty(name, out _)))
            {
                yield return "+" + (path.Length == 0 ? name : path + "." + name);
            }
        }
        else if (example.ValueKind == JsonValueKind.Array && example.GetArrayLength() > 0 && answer.GetArrayLength() > 0)
        {
            // Rows inside a list, such as a book's [price, size, count], compare position by position;
            // lists compare their first element.
            bool row = path.EndsWith("[]", StringComparison.Ordinal);
            int count = row ? Math.Max(example.GetArrayLength(), answer.GetArrayLength()) : 1;
            for (int i = 0; i < count; i++)
            {
                if (i >= example.GetArrayLength() || i >= answer.GetArrayLength())
                {
                    yield return $"{path}[]: {answer.GetArrayLength()} values, not {example.GetArrayLength()}";
                    yield break;
                }

                foreach (string difference in Differences(example[i], answer[i], path + "[]"))
                {
                    yield return difference;
                }
            }
        }
    }

    private static JsonValueKind Kind(JsonElement element) =>
        element.ValueKind is JsonValueKind.True or JsonValueKind.False ? JsonValueKind.True : element.ValueKind;

    /// <summary>Keeps the body of the last answer to each request (method and path, without the query).</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private readonly Dictionary<string, string> _bodies = [];

        public JsonElement Body(string request)
        {
            lock (_bodies)
            {
                Assert.True(_bodies.TryGetValue(request, out string? body), $"The sandbox was not asked {request}.");
                using var document = JsonDocument.Parse(body!);
                return document.RootElement.Clone();
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            string body = await response.Content.ReadAsStringAsync(cancellationToken);
            lock (_bodies)
            {
                _bodies[$"{request.Method} {request.RequestUri!.AbsolutePath}"] = body;
            }

            return response;
        }
    }
}
