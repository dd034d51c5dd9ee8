using CoPrA.Sandbox.Accounts;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// The API user's portfolios, in memory: one DEFAULT portfolio that holds the Exchange accounts, plus
/// any the user creates (type CONSUMER). Funds moved into a created portfolio leave the accounts and are
/// kept here until moved back.
/// </summary>
internal sealed class AdvancedTradePortfolios
{
    private readonly Lock _gate = new();
    private readonly List<Portfolio> _portfolios = [];
    private readonly Dictionary<(string Portfolio, string Currency), decimal> _balances = [];

    public AdvancedTradePortfolios(SandboxUser owner)
    {
        DefaultId = DefaultIdOf(owner);
        _portfolios.Add(new Portfolio(DefaultId, "Default", "DEFAULT"));
    }

    /// <summary>The uuid of the DEFAULT portfolio, which holds the accounts.</summary>
    public string DefaultId { get; }

    /// <summary>The uuid of a user's DEFAULT portfolio.</summary>
    public static string DefaultIdOf(SandboxUser owner) => SandboxUser.DeterministicGuid(owner.Id + "/portfolio/default");

    public List<Portfolio> List()
    {
        lock (_gate)
        {
            return [.. _portfolios];
        }
    }

    public Portfolio? Find(string uuid)
    {
        lock (_gate)
        {
            return _portfolios.Find(portfolio => string.Equals(portfolio.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Creates a portfolio; null when the name is taken.</summary>
    public Portfolio? Create(string name)
    {
        lock (_gate)
        {
            if (_portfolios.Exists(portfolio => portfolio.Name == name))
            {
                return null;
            }

            var created = new Portfolio(Guid.NewGuid().ToString(), name, "CONSUMER");
            _portfolios.Add(created);
            return created;
        }
    }

    /// <summary>Renames a portfolio; null when there is none with the uuid.</summary>
    public Portfolio? Rename(string uuid, string name)
    {
        lock (_gate)
        {
            int index = _portfolios.FindIndex(portfolio => string.Equals(portfolio.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            _portfolios[index] = _portfolios[index] with { Name = name };
            return _portfolios[index];
        }
    }

    /// <summary>Deletes a created portfolio that holds nothing; the reason when it cannot.</summary>
    public string? Delete(string uuid)
    {
        lock (_gate)
        {
            var portfolio = _portfolios.Find(candidate => string.Equals(candidate.Uuid, uuid, StringComparison.OrdinalIgnoreCase));
            if (portfolio is null)
            {
                return "portfolio not found";
            }

            if (portfolio.Uuid == DefaultId)
            {
                return "the default portfolio cannot be deleted";
            }

            if (_balances.Any(entry => entry.Key.Portfolio == portfolio.Uuid && entry.Value != 0))
            {
                return "the portfolio still holds funds";
            }

            _portfolios.Remove(portfolio);
            return null;
        }
    }

    /// <summary>What a created portfolio holds, by currency.</summary>
    public Dictionary<string, decimal> Balances(string uuid)
    {
        lock (_gate)
        {
            return _balances.Where(entry => entry.Key.Portfolio == uuid && entry.Value != 0).ToDictionary(entry => entry.Key.Currency, entry => entry.Value);
        }
    }

    /// <summary>Adds (or with a negative amount takes) funds of a created portfolio; false when it holds too little.</summary>
    public bool TryMove(string uuid, string currency, decimal delta)
    {
        lock (_gate)
        {
            decimal held = _balances.GetValueOrDefault((uuid, currency));
            if (held + delta < 0)
            {
                return false;
            }

            _balances[(uuid, currency)] = held + delta;
            return true;
        }
    }
}

/// <summary>A portfolio: uuid, name and type (DEFAULT or CONSUMER).</summary>
internal sealed record Portfolio(string Uuid, string Name, string Type);
