using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CoPrA.Sandbox.Rest;

/// <summary>
/// The REST faults tests ask for: answer the next N requests with a given status, or hold the
/// next N requests back for a while. Also counts requests.
/// </summary>
internal sealed class FaultInjection
{
    private readonly Lock _gate = new();
    private readonly SandboxClock _clock;
    private int _failuresLeft;
    private int _failStatus;
    private string _failMessage = "";
    private TimeSpan? _retryAfter;
    private int _delaysLeft;
    private TimeSpan _delay;
    private long _requestCount;

    public FaultInjection(SandboxClock clock) => _clock = clock;

    /// <summary>REST requests received since start.</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    public void FailNext(int count, int status, string? message, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            _failuresLeft = count;
            _failStatus = status;
            _failMessage = message ?? ReasonPhrases.GetReasonPhrase(status);
            _retryAfter = retryAfter;
        }
    }

    public void DelayNext(int count, TimeSpan delay)
    {
        lock (_gate)
        {
            _delaysLeft = count;
            _delay = delay;
        }
    }

    /// <summary>The middleware: counts, delays or fails a request before anything else sees it.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _requestCount);
        TimeSpan delay = TimeSpan.Zero;
        (int Status, string Message, TimeSpan? RetryAfter)? failure = null;
        lock (_gate)
        {
            if (_delaysLeft > 0)
            {
                _delaysLeft--;
                delay = _delay;
            }

            if (_failuresLeft > 0)
            {
                _failuresLeft--;
                failure = (_failStatus, _failMessage, _retryAfter);
            }
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _clock.TimeProvider, context.RequestAborted).ConfigureAwait(false);
        }

        if (failure is { } forced)
        {
            if (forced.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await Respond.Error(context, forced.Status, forced.Message).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
