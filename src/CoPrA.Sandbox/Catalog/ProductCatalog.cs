using System.Collections.Frozen;

namespace CoPrA.Sandbox.Catalog;

/// <summary>The products and currencies the sandbox lists: a fixed, small set of real pairs.</summary>
internal sealed class ProductCatalog
{
    private readonly FrozenDictionary<string, SandboxProduct> _products;
    private readonly FrozenDictionary<string, Currency> _currencies;

    public ProductCatalog()
    {
        Products =
        [
            new SandboxProduct("BTC-USD", "BTC", "USD", 0.01m, 0.00000001m, 1m, 60000.00m),
            new SandboxProduct("ETH-USD", "ETH", "USD", 0.01m, 0.00000001m, 1m, 3000.00m),
            new SandboxProduct("ETH-BTC", "ETH", "BTC", 0.00001m, 0.00000001m, 0.0001m, 0.05000m),
            new SandboxProduct("LTC-USD", "LTC", "USD", 0.01m, 0.00000001m, 1m, 80.00m),
        ];
        Currencies =
        [
            Fiat("USD", "United States Dollar", "$", 0.01m, ["USDC"]),
            Crypto("USDC", "USD Coin", "$", 0.000001m, ["USD"], 12),
            Crypto("BTC", "Bitcoin", "₿", 0.00000001m, [], 2),
            Crypto("ETH", "Ether", "Ξ", 0.00000001m, [], 12),
            Crypto("LTC", "Litecoin", "Ł", 0.00000001m, [], 12),
        ];
        _products = Products.ToFrozenDictionary(product => product.Id, StringComparer.OrdinalIgnoreCase);
        _currencies = Currencies.ToFrozenDictionary(currency => currency.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every product, in listing order.</summary>
    public IReadOnlyList<SandboxProduct> Products { get; }

    /// <summary>Every currency, in listing order.</summary>
    public IReadOnlyList<Currency> Currencies { get; }

    /// <summary>Finds a product; ids are matched case-insensitively, as Coinbase does.</summary>
    public SandboxProduct? FindProduct(string? id) => id is not null && _products.TryGetValue(id, out var product) ? product : null;

    /// <summary>Finds a currency by code, case-insensitively.</summary>
    public Currency? FindCurrency(string? id) => id is not null && _currencies.TryGetValue(id, out var currency) ? currency : null;

    private static Currency Fiat(string id, string name, string symbol, decimal minSize, IReadOnlyList<string> convertibleTo) => new()
    {
        Id = id,
        Name = name,
        MinSize = minSize,
        Status = "online",
        Message = "",
        MaxPrecision = minSize,
        ConvertibleTo = convertibleTo,
        DisplayName = id,
        Details = new CurrencyDetails { Type = "fiat", Symbol = symbol, SortOrder = 1, PushPaymentMethods = ["bank_wire", "fedwire", "swift_bank_account"] },
        SupportedNetworks = [],
    };

    private static Currency Crypto(string id, string name, string symbol, decimal minSize, IReadOnlyList<string> convertibleTo, int confirmations) => new()
    {
        Id = id,
        Name = name,
        MinSize = minSize,
        Status = "online",
        Message = "",
        MaxPrecision = minSize,
        ConvertibleTo = convertibleTo,
        DisplayName = id,
        DefaultNetwork = name.ToLowerInvariant().Replace(' ', '_'),
        Details = new CurrencyDetails
        {
            Type = "crypto",
            Symbol = symbol,
            NetworkConfirmations = confirmations,
            SortOrder = 10,
            PushPaymentMethods = ["crypto"],
            MinWithdrawalAmount = minSize,
            MaxWithdrawalAmount = 10_000m,
        },
        SupportedNetworks =
        [
            new CurrencyNetwork
            {
                Id = name.ToLowerInvariant().Replace(' ', '_'),
                Name = name,
                Status = "online",
                MinWithdrawalAmount = minSize,
                MaxWithdrawalAmount = 10_000m,
                NetworkConfirmations = confirmations,
                ProcessingTimeSeconds = 0,
            },
        ],
    };
}
