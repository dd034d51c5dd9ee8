using System.Reflection;
using System.Text;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Tests.Coverage;

/// <summary>
/// Every method of Coinbase's official Python SDK for Advanced Trade (coinbase-advanced-py 1.8.4,
/// the 105 methods of its <c>RESTClient</c>) has an <see cref="AdvancedTradeClient"/> method named by
/// the rule <c>get_accounts</c> → <c>GetAccountsAsync</c>, whose <see cref="CoinbaseEndpointAttribute"/>
/// names the SDK method's verb and full path; and every attributed method is one of them.
/// </summary>
public sealed class AdvancedTradeCoverageTests
{
    private const int SdkMethodCount = 105;
    private const int OperationCount = 51;

    /// <summary>
    /// The SDK's methods with the HTTP operation each sends, path templates with the parameter names
    /// Coinbase's API reference uses. The 54 order helpers only fill <c>order_configuration</c> and
    /// <c>side</c>: they create (<c>POST /orders</c>) or preview (<c>POST /orders/preview</c>) an order.
    /// </summary>
    private static readonly (string Sdk, string Verb, string Path)[] SdkMethods =
    [
        // Accounts
        ("get_accounts", "GET", "/api/v3/brokerage/accounts"),
        ("get_account", "GET", "/api/v3/brokerage/accounts/{account_uuid}"),
        // Orders
        ("create_order", "POST", "/api/v3/brokerage/orders"),
        ("preview_order", "POST", "/api/v3/brokerage/orders/preview"),
        ("edit_order", "POST", "/api/v3/brokerage/orders/edit"),
        ("preview_edit_order", "POST", "/api/v3/brokerage/orders/edit_preview"),
        ("cancel_orders", "POST", "/api/v3/brokerage/orders/batch_cancel"),
        ("close_position", "POST", "/api/v3/brokerage/orders/close_position"),
        ("list_orders", "GET", "/api/v3/brokerage/orders/historical/batch"),
        ("get_fills", "GET", "/api/v3/brokerage/orders/historical/fills"),
        ("get_order", "GET", "/api/v3/brokerage/orders/historical/{order_id}"),
        // Products and market data
        ("get_products", "GET", "/api/v3/brokerage/products"),
        ("get_product", "GET", "/api/v3/brokerage/products/{product_id}"),
        ("get_product_book", "GET", "/api/v3/brokerage/product_book"),
        ("get_best_bid_ask", "GET", "/api/v3/brokerage/best_bid_ask"),
        ("get_candles", "GET", "/api/v3/brokerage/products/{product_id}/candles"),
        ("get_market_trades", "GET", "/api/v3/brokerage/products/{product_id}/ticker"),
        // Public
        ("get_public_products", "GET", "/api/v3/brokerage/market/products"),
        ("get_public_product", "GET", "/api/v3/brokerage/market/products/{product_id}"),
        ("get_public_product_book", "GET", "/api/v3/brokerage/market/product_book"),
        ("get_public_candles", "GET", "/api/v3/brokerage/market/products/{product_id}/candles"),
        ("get_public_market_trades", "GET", "/api/v3/brokerage/market/products/{product_id}/ticker"),
        ("get_unix_time", "GET", "/api/v3/brokerage/time"),
        // Fees, data API, payment methods
        ("get_transaction_summary", "GET", "/api/v3/brokerage/transaction_summary"),
        ("get_api_key_permissions", "GET", "/api/v3/brokerage/key_permissions"),
        ("list_payment_methods", "GET", "/api/v3/brokerage/payment_methods"),
        ("get_payment_method", "GET", "/api/v3/brokerage/payment_methods/{payment_method_id}"),
        // Portfolios
        ("get_portfolios", "GET", "/api/v3/brokerage/portfolios"),
        ("create_portfolio", "POST", "/api/v3/brokerage/portfolios"),
        ("get_portfolio_breakdown", "GET", "/api/v3/brokerage/portfolios/{portfolio_uuid}"),
        ("move_portfolio_funds", "POST", "/api/v3/brokerage/portfolios/move_funds"),
        ("edit_portfolio", "PUT", "/api/v3/brokerage/portfolios/{portfolio_uuid}"),
        ("delete_portfolio", "DELETE", "/api/v3/brokerage/portfolios/{portfolio_uuid}"),
        // US derivatives (CFM futures)
        ("get_futures_balance_summary", "GET", "/api/v3/brokerage/cfm/balance_summary"),
        ("list_futures_positions", "GET", "/api/v3/brokerage/cfm/positions"),
        ("get_futures_position", "GET", "/api/v3/brokerage/cfm/positions/{product_id}"),
        ("schedule_futures_sweep", "POST", "/api/v3/brokerage/cfm/sweeps/schedule"),
        ("list_futures_sweeps", "GET", "/api/v3/brokerage/cfm/sweeps"),
        ("cancel_pending_futures_sweep", "DELETE", "/api/v3/brokerage/cfm/sweeps"),
        ("get_intraday_margin_setting", "GET", "/api/v3/brokerage/cfm/intraday/margin_setting"),
        ("set_intraday_margin_setting", "POST", "/api/v3/brokerage/cfm/intraday/margin_setting"),
        ("get_current_margin_window", "GET", "/api/v3/brokerage/cfm/intraday/current_margin_window"),
        // International derivatives (INTX perpetuals)
        ("allocate_portfolio", "POST", "/api/v3/brokerage/intx/allocate"),
        ("get_perps_portfolio_summary", "GET", "/api/v3/brokerage/intx/portfolio/{portfolio_uuid}"),
        ("list_perps_positions", "GET", "/api/v3/brokerage/intx/positions/{portfolio_uuid}"),
        ("get_perps_position", "GET", "/api/v3/brokerage/intx/positions/{portfolio_uuid}/{symbol}"),
        ("get_perps_portfolio_balances", "GET", "/api/v3/brokerage/intx/balances/{portfolio_uuid}"),
        ("opt_in_or_out_multi_asset_collateral", "POST", "/api/v3/brokerage/intx/multi_asset_collateral"),
        // Convert
        ("create_convert_quote", "POST", "/api/v3/brokerage/convert/quote"),
        ("get_convert_trade", "GET", "/api/v3/brokerage/convert/trade/{trade_id}"),
        ("commit_convert_trade", "POST", "/api/v3/brokerage/convert/trade/{trade_id}"),
        // Order helpers: each fills order_configuration and side, then creates the order
        ("market_order", "POST", "/api/v3/brokerage/orders"),
        ("market_order_buy", "POST", "/api/v3/brokerage/orders"),
        ("market_order_sell", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_ioc", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_ioc_buy", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_ioc_sell", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_gtc", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_gtc_buy", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_gtc_sell", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_gtd", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_gtd_buy", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_gtd_sell", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_fok", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_fok_buy", "POST", "/api/v3/brokerage/orders"),
        ("limit_order_fok_sell", "POST", "/api/v3/brokerage/orders"),
        ("stop_limit_order_gtc", "POST", "/api/v3/brokerage/orders"),
        ("stop_limit_order_gtc_buy", "POST", "/api/v3/brokerage/orders"),
        ("stop_limit_order_gtc_sell", "POST", "/api/v3/brokerage/orders"),
        ("stop_limit_order_gtd", "POST", "/api/v3/brokerage/orders"),
        ("stop_limit_order_gtd_buy", "POST", "/api/v3/brokerage/orders"),
        ("stop_limit_order_gtd_sell", "POST", "/api/v3/brokerage/orders"),
        ("trigger_bracket_order_gtc", "POST", "/api/v3/brokerage/orders"),
        ("trigger_bracket_order_gtc_buy", "POST", "/api/v3/brokerage/orders"),
        ("trigger_bracket_order_gtc_sell", "POST", "/api/v3/brokerage/orders"),
        ("trigger_bracket_order_gtd", "POST", "/api/v3/brokerage/orders"),
        ("trigger_bracket_order_gtd_buy", "POST", "/api/v3/brokerage/orders"),
        ("trigger_bracket_order_gtd_sell", "POST", "/api/v3/brokerage/orders"),
        // ... or previews it
        ("preview_market_order", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_market_order_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_market_order_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_ioc", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_ioc_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_ioc_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_gtc", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_gtc_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_gtc_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_gtd", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_gtd_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_gtd_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_fok", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_fok_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_limit_order_fok_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_stop_limit_order_gtc", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_stop_limit_order_gtc_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_stop_limit_order_gtc_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_stop_limit_order_gtd", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_stop_limit_order_gtd_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_stop_limit_order_gtd_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_trigger_bracket_order_gtc", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_trigger_bracket_order_gtc_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_trigger_bracket_order_gtc_sell", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_trigger_bracket_order_gtd", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_trigger_bracket_order_gtd_buy", "POST", "/api/v3/brokerage/orders/preview"),
        ("preview_trigger_bracket_order_gtd_sell", "POST", "/api/v3/brokerage/orders/preview"),
    ];

    /// <summary>
    /// Attributed methods the SDK does not have, each naming an operation of Coinbase's API reference
    /// (with its reason): the market FOK and TWAP helpers. Paging companions (<c>GetAll...Async</c>) carry no attribute.
    /// </summary>
    private static readonly Dictionary<string, (string Verb, string Path)> BeyondSdk = new[]
    {
        // The two order configurations the SDK has no helper for: market_market_fok and twap_limit_gtd.
        "MarketOrderFok", "MarketOrderFokBuy", "MarketOrderFokSell", "TwapLimitGtd", "TwapLimitGtdBuy", "TwapLimitGtdSell",
    }.SelectMany(name => new[]
    {
        KeyValuePair.Create(name + "Async", ("POST", "/api/v3/brokerage/orders")),
        KeyValuePair.Create("Preview" + name + "Async", ("POST", "/api/v3/brokerage/orders/preview")),
    }).ToDictionary();

    [Fact]
    public void The_table_lists_the_105_SDK_methods_behind_51_operations()
    {
        Assert.Equal(SdkMethodCount, SdkMethods.Length);
        Assert.Equal(SdkMethodCount, SdkMethods.Select(entry => entry.Sdk).Distinct().Count());
        Assert.Equal(OperationCount, SdkMethods.Select(entry => (entry.Verb, entry.Path)).Distinct().Count());
        Assert.All(SdkMethods, entry => Assert.StartsWith("/api/v3/brokerage/", entry.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("get_accounts", "GetAccountsAsync")]
    [InlineData("opt_in_or_out_multi_asset_collateral", "OptInOrOutMultiAssetCollateralAsync")]
    [InlineData("preview_trigger_bracket_order_gtd_sell", "PreviewTriggerBracketOrderGtdSellAsync")]
    public void Method_names_follow_the_rule(string sdk, string expected) =>
        Assert.Equal(expected, MethodName(sdk));

    [Fact]
    public void Every_SDK_method_has_a_method_with_its_verb_and_path()
    {
        var problems = new List<string>();
        foreach (var (sdk, verb, path) in SdkMethods)
        {
            string name = MethodName(sdk);
            var methods = PublicMethods().Where(method => method.Name == name).ToList();
            if (methods.Count == 0)
            {
                problems.Add($"missing: {name} ({sdk}, {verb} {path})");
                continue;
            }

            var endpoints = methods.Select(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>()).ToList();
            if (endpoints.All(endpoint => endpoint is null))
            {
                problems.Add($"no [CoinbaseEndpoint]: {name} (expected {verb} {path})");
            }

            foreach (var endpoint in endpoints.OfType<CoinbaseEndpointAttribute>().Where(endpoint => endpoint.Method != verb || endpoint.Path != path))
            {
                problems.Add($"wrong endpoint: {name} says {endpoint.Method} {endpoint.Path}, expected {verb} {path}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {SdkMethodCount} SDK methods lack a correct AdvancedTradeClient method:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void Every_attributed_method_is_an_SDK_method_or_a_listed_extra()
    {
        var expected = SdkMethods.ToDictionary(entry => MethodName(entry.Sdk), entry => (entry.Verb, entry.Path));
        foreach (var (name, operation) in BeyondSdk)
        {
            expected.Add(name, operation);
        }

        var unknown = AttributedMethods()
            .Where(method => !expected.ContainsKey(method.Name))
            .Select(method => $"{method.Name}: {Endpoint(method)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(unknown.Count == 0, $"{unknown.Count} attributed method(s) are neither SDK methods nor listed extras:\n  " + string.Join("\n  ", unknown));
    }

    [Fact]
    public void Every_attributed_method_is_virtual_and_ends_with_an_optional_cancellation_token()
    {
        var offenders = AttributedMethods()
            .Where(method =>
            {
                var last = method.GetParameters().LastOrDefault();
                return !method.IsVirtual || method.IsFinal || last is null || last.ParameterType != typeof(CancellationToken)
                    || last.Name != "cancellationToken" || !last.HasDefaultValue;
            })
            .Select(method => method.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(offenders.Count == 0, "not virtual, or not ending with CancellationToken cancellationToken = default:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void No_attributed_method_has_a_snake_case_parameter()
    {
        var offenders = AttributedMethods()
            .SelectMany(method => method.GetParameters()
                .Where(parameter => parameter.Name!.Contains('_', StringComparison.Ordinal) || !char.IsLower(parameter.Name[0]))
                .Select(parameter => $"{method.Name}({parameter.Name})"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(offenders.Count == 0, "parameters not in camelCase:\n  " + string.Join("\n  ", offenders));
    }

    /// <summary><c>get_accounts</c> → <c>GetAccountsAsync</c>.</summary>
    private static string MethodName(string sdk)
    {
        var name = new StringBuilder();
        foreach (string word in sdk.Split('_'))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return name.Append("Async").ToString();
    }

    private static IEnumerable<MethodInfo> PublicMethods() =>
        typeof(AdvancedTradeClient).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);

    private static IEnumerable<MethodInfo> AttributedMethods() =>
        PublicMethods().Where(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>() is not null);

    private static string Endpoint(MethodInfo method)
    {
        var endpoint = method.GetCustomAttribute<CoinbaseEndpointAttribute>()!;
        return $"{endpoint.Method} {endpoint.Path}";
    }
}
