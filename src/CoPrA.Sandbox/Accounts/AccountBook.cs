using System.Globalization;
using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.Accounts;

/// <summary>
/// Balances, holds and ledgers of every user. One lock guards them all: account operations are
/// short, and the matching engine takes this lock only inside a product's lock, never the other
/// way round.
/// </summary>
internal sealed class AccountBook
{
    private readonly Lock _gate = new();
    private readonly SandboxClock _clock;
    private readonly Dictionary<string, Dictionary<string, SandboxAccount>> _byUser = [];
    private long _lastLedgerId;

    public AccountBook(SandboxClock clock) => _clock = clock;

    /// <summary>Opens (or tops up to) an account with a starting balance.</summary>
    public void Open(SandboxUser user, string currency, decimal balance)
    {
        lock (_gate)
        {
            GetOrOpen(user, currency).Balance = balance;
        }
    }

    /// <summary>The user's accounts, in the order they were opened.</summary>
    public List<Account> List(SandboxUser user)
    {
        lock (_gate)
        {
            return _byUser.TryGetValue(user.Id, out var accounts) ? [.. accounts.Values.Select(account => account.ToModel())] : [];
        }
    }

    /// <summary>One of the user's accounts by id, or null.</summary>
    public Account? Find(SandboxUser user, string accountId)
    {
        lock (_gate)
        {
            return FindAccount(user, accountId)?.ToModel();
        }
    }

    /// <summary>The user's account in a currency, or null.</summary>
    public Account? FindByCurrency(SandboxUser user, string currency)
    {
        lock (_gate)
        {
            return _byUser.TryGetValue(user.Id, out var accounts) && accounts.TryGetValue(currency, out var account) ? account.ToModel() : null;
        }
    }

    /// <summary>Open holds of an account, newest first; null when the account is not the user's.</summary>
    public List<Hold>? Holds(SandboxUser user, string accountId)
    {
        lock (_gate)
        {
            return FindAccount(user, accountId) is { } account ? [.. account.Holds.Select(hold => hold.ToModel()).Reverse()] : null;
        }
    }

    /// <summary>Ledger of an account, newest first; null when the account is not the user's.</summary>
    public List<LedgerPosting>? Ledger(SandboxUser user, string accountId)
    {
        lock (_gate)
        {
            return FindAccount(user, accountId) is { } account ? [.. Enumerable.Reverse(account.Ledger)] : null;
        }
    }

    /// <summary>Funds of a currency the user can use now.</summary>
    public decimal Available(SandboxUser user, string currency)
    {
        lock (_gate)
        {
            return GetOrOpen(user, currency).Available;
        }
    }

    /// <summary>Reserves funds for an order; null when the user has too little available.</summary>
    public SandboxHold? TryHold(SandboxUser user, string currency, decimal amount, string reference)
    {
        lock (_gate)
        {
            var account = GetOrOpen(user, currency);
            if (amount > account.Available && !user.IsInternal)
            {
                return null;
            }

            var hold = new SandboxHold(account, amount, "order", reference, _clock.NextUniqueInstant());
            account.Holds.Add(hold);
            return hold;
        }
    }

    /// <summary>
    /// Sets a hold to a new amount (an edited order); false, and nothing changed, when the user cannot
    /// cover an increase. With <paramref name="dryRun"/> it only checks.
    /// </summary>
    public bool TryResizeHold(SandboxHold hold, decimal amount, bool dryRun)
    {
        lock (_gate)
        {
            if (amount > hold.Account.Available + hold.Amount && !hold.Account.Owner.IsInternal)
            {
                return false;
            }

            if (!dryRun)
            {
                hold.Amount = amount;
                hold.UpdatedAt = _clock.UtcNow;
            }

            return true;
        }
    }

    /// <summary>Gives back what is left of a hold (the order is done).</summary>
    public void Release(SandboxHold? hold)
    {
        if (hold is null)
        {
            return;
        }

        lock (_gate)
        {
            hold.Account.Holds.Remove(hold);
        }
    }

    /// <summary>
    /// Settles one side of a trade: moves base and quote funds, charges the fee in the quote
    /// currency, uses up the order's hold and writes match and fee ledger entries.
    /// </summary>
    public void SettleFill(SandboxUser user, SandboxProduct product, Side side, decimal size, decimal price, decimal fee, SandboxHold? hold, string orderId, long tradeId)
    {
        decimal value = price * size;
        lock (_gate)
        {
            var baseAccount = GetOrOpen(user, product.BaseCurrency);
            var quoteAccount = GetOrOpen(user, product.QuoteCurrency);
            var now = _clock.UtcNow;
            KeyValuePair<string, string>[] details = [new("order_id", orderId), new("trade_id", tradeId.ToString(CultureInfo.InvariantCulture)), new("product_id", product.Id)];
            if (side == Side.Buy)
            {
                Consume(hold, value + fee, now);
                Post(quoteAccount, -value, "match", details, now);
                Post(baseAccount, size, "match", details, now);
            }
            else
            {
                Consume(hold, size, now);
                Post(baseAccount, -size, "match", details, now);
                Post(quoteAccount, value, "match", details, now);
            }

            if (fee != 0)
            {
                Post(quoteAccount, -fee, "fee", details, now);
            }
        }
    }

    /// <summary>
    /// Adds (positive) or removes (negative) funds for a deposit or withdrawal; false when a
    /// withdrawal exceeds what is available.
    /// </summary>
    public bool TryTransfer(SandboxUser user, string currency, decimal delta, string transferId, string transferType)
    {
        lock (_gate)
        {
            var account = GetOrOpen(user, currency);
            if (delta < 0 && -delta > account.Available)
            {
                return false;
            }

            Post(account, delta, "transfer", [new("transfer_id", transferId), new("transfer_type", transferType)], _clock.UtcNow);
            return true;
        }
    }

    /// <summary>Converts one currency into another one for one; false when funds are short.</summary>
    public bool TryConvert(SandboxUser user, string from, string to, decimal amount, string conversionId, out string fromAccountId, out string toAccountId)
    {
        lock (_gate)
        {
            var source = GetOrOpen(user, from);
            var target = GetOrOpen(user, to);
            fromAccountId = source.Id;
            toAccountId = target.Id;
            if (amount > source.Available)
            {
                return false;
            }

            KeyValuePair<string, string>[] details = [new("conversion_id", conversionId)];
            var now = _clock.UtcNow;
            Post(source, -amount, "conversion", details, now);
            Post(target, amount, "conversion", details, now);
            return true;
        }
    }

    private static void Consume(SandboxHold? hold, decimal amount, DateTimeOffset now)
    {
        if (hold is not null)
        {
            hold.Amount = Math.Max(0m, hold.Amount - amount);
            hold.UpdatedAt = now;
        }
    }

    private void Post(SandboxAccount account, decimal amount, string type, IReadOnlyList<KeyValuePair<string, string>> details, DateTimeOffset now)
    {
        account.Balance += amount;
        if (account.Owner.IsInternal)
        {
            return;
        }

        account.Ledger.Add(new LedgerPosting(++_lastLedgerId, now, amount, account.Balance, type, details));
    }

    private SandboxAccount? FindAccount(SandboxUser user, string accountId) =>
        _byUser.TryGetValue(user.Id, out var accounts)
            ? accounts.Values.FirstOrDefault(account => string.Equals(account.Id, accountId, StringComparison.OrdinalIgnoreCase))
            : null;

    private SandboxAccount GetOrOpen(SandboxUser user, string currency)
    {
        if (!_byUser.TryGetValue(user.Id, out var accounts))
        {
            accounts = new Dictionary<string, SandboxAccount>(StringComparer.OrdinalIgnoreCase);
            _byUser[user.Id] = accounts;
        }

        if (!accounts.TryGetValue(currency, out var account))
        {
            account = new SandboxAccount(user, currency.ToUpperInvariant(), 0m);
            accounts[currency] = account;
        }

        return account;
    }
}
