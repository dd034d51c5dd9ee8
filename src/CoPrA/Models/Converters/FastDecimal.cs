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
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
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
                return false;
            }
        }

        if (digits == 0 || scale > 28)
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }
}
