using System.Globalization;

namespace CoPrA.Soak;

/// <summary>Managed memory at one moment: live objects after a full collection, and the GC's heap size.</summary>
internal readonly record struct MemorySample(long LiveBytes, long HeapBytes)
{
    /// <summary>Collects fully (so that only live objects count), then reads both figures.</summary>
    public static MemorySample Take()
    {
        long live = GC.GetTotalMemory(forceFullCollection: true);
        return new MemorySample(live, GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"live {Megabytes(LiveBytes),7:F1} MB, heap {Megabytes(HeapBytes),7:F1} MB");

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);
}
