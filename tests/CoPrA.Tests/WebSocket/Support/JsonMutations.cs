using System.Text;
using System.Text.Json;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>Random byte-level mutations of a JSON message, for the fuzz tests of the scanning readers.</summary>
internal static class JsonMutations
{
    // Bytes that change JSON's structure or a value's form when dropped in.
    private static readonly byte[] Interesting = Encoding.ASCII.GetBytes("{}[]\",:\\ \t\n0129.-+eEtrufalsn/\u0001x");

    /// <summary>The source with <paramref name="mutations"/> bytes removed, inserted or replaced at random places.</summary>
    public static byte[] Mutate(byte[] source, Random random, int mutations)
    {
        var bytes = new List<byte>(source);
        for (int m = 0; m < mutations; m++)
        {
            int at = random.Next(bytes.Count);
            byte b = random.Next(4) == 0 ? (byte)random.Next(256) : Interesting[random.Next(Interesting.Length)];
            switch (random.Next(3))
            {
                case 0: bytes.RemoveAt(at); break;
                case 1: bytes.Insert(at, b); break;
                default: bytes[at] = b; break;
            }
        }

        return [.. bytes];
    }

    /// <summary>Whether the bytes are JSON, as the general reader judges.</summary>
    public static bool IsJson(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
