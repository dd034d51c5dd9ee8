namespace CoPrA.WebSocket;

/// <summary>
/// Reads the exchange's timestamps (<c>2022-10-19T23:28:22.061769Z</c>: UTC, up to 9 fraction
/// digits, of which the first 7 count) straight from the bytes, several times faster than the general ISO 8601 reader that
/// any other form goes to.
/// </summary>
internal static class FastTimestamp
{
    /// <summary>Parses <c>yyyy-MM-ddTHH:mm:ss[.fffffffff]Z</c>; false for any other form or an invalid date.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[^1] != 'Z'
            || !TryDigits(text.Slice(0, 4), out int year) || !TryDigits(text.Slice(5, 2), out int month) || !TryDigits(text.Slice(8, 2), out int day)
            || !TryDigits(text.Slice(11, 2), out int hour) || !TryDigits(text.Slice(14, 2), out int minute) || !TryDigits(text.Slice(17, 2), out int second))
        {
            return false;
        }

        long ticks = 0;
        var fraction = text[19..^1];
        if (!fraction.IsEmpty)
        {
            // Up to nanoseconds, as Advanced Trade sends them; digits past the tick (100 ns) are dropped, as the ISO reader drops them.
            if (fraction.Length < 2 || fraction.Length > 10 || fraction[0] != '.' || !TryDigits(fraction[1..Math.Min(fraction.Length, 8)], out int digits)
                || (fraction.Length > 8 && !TryDigits(fraction[8..], out _)))
            {
                return false;
            }

            ticks = digits;
            for (int scale = Math.Min(fraction.Length, 8) - 1; scale < 7; scale++)
            {
                ticks *= 10;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(ticks));
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte b in text)
        {
            uint digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
