namespace CoPrA.Sandbox.Accounts;

/// <summary>
/// The API user's money outside the exchange: one linked bank account (a payment method) and one
/// Coinbase wallet per currency, which deposits draw from and withdrawals pay into.
/// </summary>
internal sealed class FundingSources
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WalletState> _wallets = new(StringComparer.OrdinalIgnoreCase);

    public FundingSources(SandboxUser owner, IEnumerable<string> currencies, decimal walletBalance)
    {
        BankAccount = new PaymentMethod
        {
            Id = SandboxUser.DeterministicGuid(owner.Id + "/payment-method/bank"),
            Type = "ach_bank_account",
            Name = "Sandbox Bank ******1234",
            Currency = "USD",
            PrimaryBuy = true,
            PrimarySell = true,
            AllowBuy = true,
            AllowSell = true,
            AllowDeposit = true,
            AllowWithdraw = true,
        };
        foreach (string currency in currencies)
        {
            _wallets[currency] = new WalletState(SandboxUser.DeterministicGuid(owner.Id + "/wallet/" + currency), currency, walletBalance);
        }
    }

    /// <summary>The linked bank account; it moves USD only.</summary>
    public PaymentMethod BankAccount { get; }

    /// <summary>The Coinbase wallets with their current balances.</summary>
    public List<CoinbaseAccount> Wallets()
    {
        lock (_gate)
        {
            return [.. _wallets.Values.Select(wallet => new CoinbaseAccount
            {
                Id = wallet.Id,
                Name = wallet.Currency + " Wallet",
                Balance = wallet.Balance,
                Currency = wallet.Currency,
                Type = wallet.Currency is "USD" ? "fiat" : "wallet",
                Primary = wallet.Currency is "BTC",
                Active = true,
                AvailableOnConsumer = true,
                HoldBalance = 0m,
                HoldCurrency = wallet.Currency,
            })];
        }
    }

    /// <summary>The currency of a wallet, or null when there is no such wallet.</summary>
    public string? WalletCurrency(string walletId)
    {
        lock (_gate)
        {
            return _wallets.Values.FirstOrDefault(wallet => string.Equals(wallet.Id, walletId, StringComparison.OrdinalIgnoreCase))?.Currency;
        }
    }

    /// <summary>Moves money into (positive) or out of (negative) a wallet; false when it has too little.</summary>
    public bool TryMoveWallet(string walletId, decimal delta)
    {
        lock (_gate)
        {
            var wallet = _wallets.Values.FirstOrDefault(candidate => string.Equals(candidate.Id, walletId, StringComparison.OrdinalIgnoreCase));
            if (wallet is null || wallet.Balance + delta < 0)
            {
                return false;
            }

            wallet.Balance += delta;
            return true;
        }
    }

    private sealed class WalletState(string id, string currency, decimal balance)
    {
        public string Id { get; } = id;

        public string Currency { get; } = currency;

        public decimal Balance { get; set; } = balance;
    }
}
