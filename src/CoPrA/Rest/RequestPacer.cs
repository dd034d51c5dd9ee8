using CoPrA.Http;

namespace CoPrA.Rest;

/// <summary>Picks the token bucket a request counts against: public, private, or private <c>/fills</c>.</summary>
internal sealed class RequestPacer(RateLimitOptions options, TimeProvider time) : IRequestPacer
{
    private readonly TokenBucket _public = new(options.Public, time);
    private readonly TokenBucket _private = new(options.Private, time);
    private readonly TokenBucket _fills = new(options.Fills, time);

    public ValueTask<TimeSpan> WaitTurnAsync(string path, bool signed, CancellationToken cancellationToken)
    {
        var bucket = !signed ? _public : path.StartsWith("/fills", StringComparison.Ordinal) ? _fills : _private;
        return bucket.AcquireAsync(cancellationToken);
    }
}
