using CoPrA.Rest;

namespace CoPrA.Samples;

/// <summary>
/// Which REST hosts trade play money, so that a sample placing orders needs no <c>--live</c>
/// there: loopback (a CoPrA sandbox run locally) and exactly Coinbase's sandbox hosts. A host is
/// matched whole, so one that merely contains "sandbox" in its name may be real money.
/// </summary>
internal static class TradingHosts
{
    private static readonly string[] SandboxHosts = [new Uri(RestClient.SandboxUrl).Host, new Uri(RestClient.RetiredProSandboxUrl).Host, new Uri(CoPrA.AdvancedTrade.AdvancedTradeClient.SandboxUrl).Host];

    /// <summary>Whether orders sent to <paramref name="restUrl"/> are known not to be real.</summary>
    public static bool IsPlayMoney(Uri restUrl) =>
        restUrl.IsLoopback || SandboxHosts.Contains(restUrl.IdnHost.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
}
