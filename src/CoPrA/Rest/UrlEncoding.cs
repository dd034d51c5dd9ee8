using System.Text;

namespace CoPrA.Rest;

/// <summary>
/// RFC 3986 percent-encoding for query values and path segments: letters, digits, <c>-._~</c> and
/// <c>:</c> stay literal (CoPrA keeps ISO timestamps readable); everything else becomes
/// <c>%XX</c> of its UTF-8 bytes with upper-case hex. .NET's Uri leaves these escapes as they are,
/// so the string signed is the string sent.
/// </summary>
internal static class UrlEncoding
{
    public static string Encode(string value)
    {
        int i = 0;
        while (i < value.Length && IsLiteral(value[i]))
        {
            i++;
        }

        if (i == value.Length)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, string value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (IsLiteral(c))
            {
                builder.Append(c);
                continue;
            }

            int length;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(value.AsSpan(i, 2), utf8);
                i++;
            }
            else
            {
                length = Encoding.UTF8.GetBytes(value.AsSpan(i, 1), utf8);
            }

            foreach (byte b in utf8[..length])
            {
                builder.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 0xF]);
            }
        }
    }

    private const string HexUpper = "0123456789ABCDEF";

    private static bool IsLiteral(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~' or ':';
}
