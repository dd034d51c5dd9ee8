using System.Threading.Channels;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>Generous waits: these tests run on a loaded 2-core machine and never sleep.</summary>
internal static class Wait
{
    /// <summary>The longest any single expected event may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>The next item, or a TimeoutException.</summary>
    public static async Task<T> NextAsync<T>(this ChannelReader<T> reader) => await reader.ReadAsync().AsTask().WaitAsync(Timeout);

    /// <summary>The task's result, or a TimeoutException.</summary>
    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Timeout);

    /// <summary>The task's completion, or a TimeoutException.</summary>
    public static Task Within(this Task task) => task.WaitAsync(Timeout);
}
