using CoPrA.Http;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>Picks the Advanced Trade bucket a request counts against: public (market data, time) or private.</summary>
internal sealed class AdvancedTradePacer(AdvancedTradeRateLimitOptions options, TimeProvider time) : IRequestPacer
{
    private readonly TokenBucket _public = new(options.Public, time);
    private readonly TokenBucket _private = new(options.Private, time);

    /// <inheritdoc />
    public ValueTask<TimeSpan> WaitTurnAsync(string path, bool signed, CancellationToken cancellationToken) =>
        (AdvancedTradePaths.IsPublic(path) ? _public : _private).AcquireAsync(cancellationToken);
}
