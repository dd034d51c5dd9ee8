using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CoPrA.Sandbox.Rest;

/// <summary>
/// The REST faults tests ask for: answer the next N requests with a given status or a raw body,
/// fail the next N requests to one method and path, hold the next N requests back for a while,
/// cut the next N answers off mid-body, or drop or hold back the next N requests to one method and
/// path. Also counts requests, so that tests can await one arriving.
/// </summary>
internal sealed class FaultInjection
{
    private readonly Lock _gate = new();
    private readonly SandboxClock _clock;
    private readonly ChangeNotifier _changes;
    private int _failuresLeft;
    private int _failStatus;
    private string _failMessage = "";
    private TimeSpan? _retryAfter;
    private int _answersLeft;
    private CannedAnswer? _answer;
    private int _delaysLeft;
    private TimeSpan _delay;
    private int _cutsLeft;
    private long _requestCount;

    /// <summary>Failures armed for one request target, keyed by <c>"METHOD /path"</c>.</summary>
    private readonly Dictionary<string, TargetFailure> _targetFailures = new(StringComparer.Ordinal);

    /// <summary>Connection faults armed for one request target, keyed like <see cref="_targetFailures"/>, taken in the order armed.</summary>
    private readonly Dictionary<string, Queue<TargetFault>> _targetFaults = new(StringComparer.Ordinal);

    public FaultInjection(SandboxClock clock, ChangeNotifier changes)
    {
        _clock = clock;
        _changes = changes;
    }

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

    public void FailNextTo(string method, string path, int count, int status, string? message)
    {
        string key = TargetKey(method, path);
        lock (_gate)
        {
            if (count == 0)
            {
                _targetFailures.Remove(key);
            }
            else
            {
                _targetFailures[key] = new TargetFailure(count, status, message ?? ReasonPhrases.GetReasonPhrase(status));
            }
        }
    }

    public void ClearTargetFailures()
    {
        lock (_gate)
        {
            _targetFailures.Clear();
            _targetFaults.Clear();
        }
    }

    /// <summary>Adds <paramref name="count"/> faults to those armed for one target.</summary>
    public void FaultNextTo(string method, string path, int count, TargetFaultKind kind, TimeSpan delay)
    {
        string key = TargetKey(method, path);
        lock (_gate)
        {
            if (!_targetFaults.TryGetValue(key, out var armed))
            {
                _targetFaults[key] = armed = new Queue<TargetFault>();
            }

            for (int i = 0; i < count; i++)
            {
                armed.Enqueue(new TargetFault(kind, delay));
            }
        }
    }

    public void AnswerNext(int count, int status, string body, string contentType)
    {
        var answer = new CannedAnswer(status, Encoding.UTF8.GetBytes(body), contentType);
        lock (_gate)
        {
            _answersLeft = count;
            _answer = answer;
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

    public void CutNext(int count)
    {
        lock (_gate)
        {
            _cutsLeft = count;
        }
    }

    /// <summary>The middleware: counts, delays, fails, answers or cuts a request before anything else sees it.</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _requestCount);
        _changes.Notify();
        TimeSpan delay = TimeSpan.Zero;
        (int Status, string Message, TimeSpan? RetryAfter)? failure = null;
        CannedAnswer? answer = null;
        bool cut = false;
        TargetFault? connectionFault = null;
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
            else if (_targetFailures.Count > 0 && TakeTargetFailure(context.Request) is { } target)
            {
                failure = (target.Status, target.Message, null);
            }
            else if (_targetFaults.Count > 0 && TakeTargetFault(context.Request) is { } fault)
            {
                connectionFault = fault;
            }
            else if (_answersLeft > 0)
            {
                _answersLeft--;
                answer = _answer;
            }
            else if (_cutsLeft > 0)
            {
                _cutsLeft--;
                cut = true;
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

        if (answer is not null)
        {
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = answer.ContentType;
            context.Response.ContentLength = answer.Body.Length;
            await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (cut)
        {
            await AnswerHalfAndDropAsync(context, next).ConfigureAwait(false);
            return;
        }

        if (connectionFault is { } armed)
        {
            await ApplyAsync(armed, context, next).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Lets the endpoint act and answer in full (an order is placed), then sends the headers with
    /// the full Content-Length and only the first half of the body, and ends the connection.
    /// </summary>
    private static async Task AnswerHalfAndDropAsync(HttpContext context, RequestDelegate next)
    {
        using var buffer = await HandleIntoBufferAsync(context, next).ConfigureAwait(false);
        var wire = context.Response.Body;
        context.Response.ContentLength = buffer.Length;
        await wire.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)(buffer.Length / 2)), context.RequestAborted).ConfigureAwait(false);
        await wire.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // Returning short of the Content-Length makes Kestrel close the connection once the half
        // is on the wire (an abort would reset it, and the client might never see the headers).
    }

    /// <summary>Lets the endpoint act and answer into a buffer, nothing reaching the wire yet.</summary>
    private static async Task<MemoryStream> HandleIntoBufferAsync(HttpContext context, RequestDelegate next)
    {
        var wire = context.Response.Body;
        var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            context.Response.Body = wire;
        }

        return buffer;
    }

    private async Task ApplyAsync(TargetFault fault, HttpContext context, RequestDelegate next)
    {
        switch (fault.Kind)
        {
            case TargetFaultKind.DropBeforeHandling:
                // Reset as the request arrives: nothing behind this middleware sees it.
                context.Abort();
                break;
            case TargetFaultKind.DropAfterHandling:
                // The endpoint acts in full (an order is placed), then the connection is reset before
                // a byte of the answer is sent.
                (await HandleIntoBufferAsync(context, next).ConfigureAwait(false)).Dispose();
                context.Abort();
                break;
            default:
                await DelayThenHandleAsync(context, next, fault.Delay).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// Reads the request, holds it back for <paramref name="delay"/>, then lets the endpoint act
    /// whether or not the client has given up meanwhile (an order is placed late, as an exchange
    /// still working through a request would), and answers if the client is still there.
    /// </summary>
    private async Task DelayThenHandleAsync(HttpContext context, RequestDelegate next, TimeSpan delay)
    {
        var clientGone = context.RequestAborted;
        var request = new MemoryStream();
        context.Response.RegisterForDispose(request);
        try
        {
            await context.Request.Body.CopyToAsync(request, clientGone).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // Gone before the request arrived in full: there is nothing to act on.
            return;
        }

        request.Position = 0;
        context.Request.Body = request;
        await Task.Delay(delay, _clock.TimeProvider).ConfigureAwait(false);

        // The endpoint must not notice the client left: it reads the body and acts in full.
        context.RequestAborted = CancellationToken.None;
        using var answer = await HandleIntoBufferAsync(context, next).ConfigureAwait(false);
        if (clientGone.IsCancellationRequested)
        {
            return;
        }

        try
        {
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer.GetBuffer().AsMemory(0, (int)answer.Length), clientGone).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client gave up while the answer was being written.
        }
    }

    private static string TargetKey(string method, string path) => method.ToUpperInvariant() + " " + path;

    /// <summary>Counts one failure off the request's target, if one is armed; called under the gate.</summary>
    private TargetFailure? TakeTargetFailure(HttpRequest request)
    {
        string key = TargetKey(request.Method, request.Path.Value ?? "");
        if (!_targetFailures.TryGetValue(key, out var armed))
        {
            return null;
        }

        if (armed.Left == 1)
        {
            _targetFailures.Remove(key);
        }
        else if (armed.Left != int.MaxValue)
        {
            _targetFailures[key] = armed with { Left = armed.Left - 1 };
        }

        return armed;
    }

    /// <summary>Takes the next connection fault armed for the request's target, if any; called under the gate.</summary>
    private TargetFault? TakeTargetFault(HttpRequest request)
    {
        string key = TargetKey(request.Method, request.Path.Value ?? "");
        if (!_targetFaults.TryGetValue(key, out var armed) || !armed.TryDequeue(out var fault))
        {
            return null;
        }

        if (armed.Count == 0)
        {
            _targetFaults.Remove(key);
        }

        return fault;
    }

    /// <summary>One connection fault armed for a request target; <paramref name="Delay"/> is the hold of a <see cref="TargetFaultKind.DelayThenHandle"/>.</summary>
    private sealed record TargetFault(TargetFaultKind Kind, TimeSpan Delay);

    /// <summary>Failures left for one request target (<see cref="int.MaxValue"/>: every request), and the answer.</summary>
    private sealed record TargetFailure(int Left, int Status, string Message);

    /// <summary>A raw answer given instead of the endpoint's.</summary>
    private sealed record CannedAnswer(int Status, byte[] Body, string ContentType);
}

/// <summary>What a connection fault armed for one request target does.</summary>
internal enum TargetFaultKind
{
    /// <summary>Resets the connection as the request arrives.</summary>
    DropBeforeHandling,

    /// <summary>Lets the endpoint act, then resets the connection before any of the answer.</summary>
    DropAfterHandling,

    /// <summary>Holds the request back, then lets the endpoint act even if the client has gone.</summary>
    DelayThenHandle,
}
