using CoPrA.Sandbox;

namespace CoPrA.Tests.Faults;

/// <summary>A fault armed on one order placement.</summary>
internal enum PlacementFault
{
    None,
    AcceptedThenDropped,
    DroppedBeforeEngine,
    PlacedAfterTimeout,
}

/// <summary>
/// The fault plan shared by the safe-placement fault tests of both APIs: about 30% of the order
/// POSTs are accepted and then dropped, dropped before the exchange sees them, or held past the
/// client's RequestTimeout and placed late; workers place the orders concurrently, each arming its
/// order's fault just before sending it.
/// </summary>
internal sealed class PlacementFaultPlan
{
    /// <summary>The client gives up on an attempt after this.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(400);

    /// <summary>A held request is placed this long after it arrived: after the client gave up.</summary>
    public static readonly TimeSpan LateBy = TimeSpan.FromMilliseconds(550);

    /// <summary>The settle delay puts the lookup that decides on a resend well after a late placement.</summary>
    public static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>How long any one call may take before the test gives up on it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly PlacementFault[] _faults;
    private readonly string _path;

    /// <summary>A plan for <paramref name="orders"/> orders POSTed to <paramref name="path"/>, from a fixed seed.</summary>
    public PlacementFaultPlan(int orders, string path, int seed = 17)
    {
        var random = new Random(seed);
        _faults = [.. Enumerable.Range(0, orders).Select(_ => random.NextDouble() switch
        {
            < 0.10 => PlacementFault.AcceptedThenDropped,
            < 0.20 => PlacementFault.DroppedBeforeEngine,
            < 0.30 => PlacementFault.PlacedAfterTimeout,
            _ => PlacementFault.None,
        })];
        _path = path;
    }

    /// <summary>
    /// Places every order on <paramref name="workers"/> workers; each arms its order's fault and sends
    /// it at once (with several workers a fault may land on another worker's POST, which changes
    /// nothing in the counts).
    /// </summary>
    public Task RunAsync(SandboxControls controls, int workers, Func<int, Task> placeOne)
    {
        int next = -1;
        return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < _faults.Length; i = Interlocked.Increment(ref next))
            {
                Arm(controls, _faults[i]);
                await placeOne(i);
            }
        })));
    }

    /// <summary>The armed faults, by kind, for the test output.</summary>
    public string Describe() =>
        $"faults armed on POST {_path}: accepted then dropped {Count(PlacementFault.AcceptedThenDropped)}, dropped before the engine {Count(PlacementFault.DroppedBeforeEngine)}, placed after the client's timeout {Count(PlacementFault.PlacedAfterTimeout)}";

    private int Count(PlacementFault fault) => _faults.Count(planned => planned == fault);

    private void Arm(SandboxControls controls, PlacementFault fault)
    {
        switch (fault)
        {
            case PlacementFault.AcceptedThenDropped:
                controls.DropNextRequestsTo(HttpMethod.Post, _path, 1, afterHandling: true);
                break;
            case PlacementFault.DroppedBeforeEngine:
                controls.DropNextRequestsTo(HttpMethod.Post, _path, 1, afterHandling: false);
                break;
            case PlacementFault.PlacedAfterTimeout:
                controls.DelayNextRequestsTo(HttpMethod.Post, _path, 1, LateBy);
                break;
        }
    }
}

/// <summary>Counts the order POSTs and the lookups that reach the wire.</summary>
internal sealed class PlacementWireCounter(HttpMessageHandler inner, Func<HttpRequestMessage, bool> isLookup) : DelegatingHandler(inner)
{
    private int _posts;
    private int _lookups;

    public int Posts => Volatile.Read(ref _posts);

    public int Lookups => Volatile.Read(ref _lookups);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post)
        {
            Interlocked.Increment(ref _posts);
        }
        else if (isLookup(request))
        {
            Interlocked.Increment(ref _lookups);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
