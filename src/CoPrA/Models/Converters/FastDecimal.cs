namespace CoPrA;

/// <summary>
/// Reads amounts in the plain form the exchange sends (<c>"1285.22"</c>, <c>"-0.00012"</c>, up to
/// 19 significant digits) several times faster than <see cref="System.Buffers.Text.Utf8Parser"/>, keeping the
/// scale as written. Anything else (exponents, more digits) is left to <see cref="JsonArrayReader.ReadDecimal"/>'s
/// general path. Shared by the REST models and the feed.
/// </summary>
internal static class FastDecimal
{
    /// <summary>Parses an optional minus, digits and an optional fraction; false for any other form.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value) =>
        TryParsePrefix(text, out value, out int length) && length == text.Length;

    /// <summary>
    /// Parses the amount at the start of <paramref name="text"/>, stopping at the first byte that cannot
    /// continue it (a closing quote, say), so that a caller can find and read an amount in one pass.
    /// </summary>
    /// <param name="text">The bytes, starting with the amount.</param>
    /// <param name="value">The amount.</param>
    /// <param name="length">How many bytes the amount took.</param>
    public static bool TryParsePrefix(ReadOnlySpan<byte> text, out decimal value, out int length)
    {
        value = 0;
        length = 0;
        int i = 0;
        bool negative = !text.IsEmpty && text[0] == (byte)'-';
        if (negative)
        {
            i = 1;
        }

        ulong mantissa = 0;
        int digits = 0;
        int significant = 0;
        int scale = 0;
        bool fraction = false;
        for (; i < text.Length; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                // Leading zeros do not count against the 19 digits a ulong holds.
                if ((mantissa != 0 || digit != 0) && ++significant > 19)
                {
                    return false;
                }

                digits++;
                mantissa = (mantissa * 10) + digit;
                scale += fraction ? 1 : 0;
            }
            else if (text[i] == (byte)'.' && !fraction)
            {
                fraction = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0 || scale > 28)
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        length = i;
        return true;
    }
}
