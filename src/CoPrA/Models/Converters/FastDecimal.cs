namespace CoPrA;

/// <summary>
/// Reads amounts in the plain form the exchange sends (<c>"1285.22"</c>, <c>"-0.00012"</c>, up to
/// 19 digits) several times faster than <see cref="System.Buffers.Text.Utf8Parser"/>, keeping the
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
        bool negative = !text.IsEmpty && text[0] == (byte)'-';
        int i = negative ? 1 : 0;
        int integerStart = i;
        ulong mantissa = 0;
        for (; i < text.Length && IsDigit(text[i]); i++)
        {
            mantissa = (mantissa * 10) + (uint)(text[i] - '0');
        }

        int digits = i - integerStart;
        int scale = 0;
        if (i < text.Length && text[i] == (byte)'.')
        {
            int fractionStart = ++i;
            for (; i < text.Length && IsDigit(text[i]); i++)
            {
                mantissa = (mantissa * 10) + (uint)(text[i] - '0');
            }

            scale = i - fractionStart;
            digits += scale;
        }

        // Any 19 digits fit a ulong; longer amounts (leading zeros included) are left to the general parser.
        if (digits is 0 or > 19)
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        length = i;
        return true;
    }

    /// <summary>Whether the byte is an ASCII digit.</summary>
    internal static bool IsDigit(byte b) => (uint)(b - '0') <= 9;
}
