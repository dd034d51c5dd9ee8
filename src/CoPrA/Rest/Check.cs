namespace CoPrA.Rest;

/// <summary>
/// Argument checks run before any request. Messages keep CoPrA's wording so that users of the
/// Python library recognise them; each names the offending parameter.
/// </summary>
internal static class Check
{
    public static void Id(string? value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);

        // Uri removes "." and ".." path segments (escaped or not), so such an id would address
        // another resource: a cancel of order "." would become DELETE /orders/, a cancel-all.
        if (value is "." or "..")
        {
            throw new ArgumentException($"{paramName} cannot be '.' or '..'.", paramName);
        }
    }

    /// <summary>An optional id (a profile or product filter): absent, or a valid <see cref="Id"/>.</summary>
    public static void IdIfPresent(string? value, string paramName)
    {
        if (value is not null)
        {
            Id(value, paramName);
        }
    }

    /// <summary>A time range filter: either end may be open, but the end must not come before the start.</summary>
    public static void DateRange(DateTimeOffset? startDate, DateTimeOffset? endDate, string startName = "startDate", string endName = "endDate")
    {
        if (startDate > endDate)
        {
            throw new ArgumentException($"{endName} must not be earlier than {startName}.", endName);
        }
    }

    public static void Positive(decimal value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be greater than zero.");
        }
    }

    public static void PositiveIfPresent(decimal? value, string paramName)
    {
        if (value is { } amount)
        {
            Positive(amount, paramName);
        }
    }

    public static void Cursors(string? before, string? after)
    {
        if (!string.IsNullOrEmpty(before) && !string.IsNullOrEmpty(after))
        {
            throw new ArgumentException("before and after cannot both be provided.", nameof(after));
        }
    }

    /// <summary>The page size Coinbase accepts: 1 to 1000.</summary>
    public static void Limit(int limit)
    {
        if (limit is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "limit must be between 1 and 1000.");
        }
    }

    public static void Paging(int limit, string? before, string? after)
    {
        Cursors(before, after);
        Limit(limit);
    }

    public static void Defined<TEnum>(TEnum value, string paramName, string message)
        where TEnum : struct, Enum
    {
        if (!WireEnum<TEnum>.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, message);
        }
    }

    public static void Side(Side side) => Defined(side, nameof(side), $"Invalid side: {side}. Must be either buy or sell");

    public static void Stp(SelfTradePrevention stp) => Defined(stp, nameof(stp), $"Invalid stp: {stp}. Must be dc, co, cn, or cb.");

    /// <summary>CoPrA's stop checks: a known stop type, and stop and stopPrice set together.</summary>
    public static void Stop(StopType? stop, decimal? stopPrice)
    {
        if (stop is { } type)
        {
            Defined(type, nameof(stop), $"Invalid stop: {type}. Must be either loss or entry.");
            if (stopPrice is null)
            {
                throw new ArgumentException("Stop orders must have stop_price set.", nameof(stopPrice));
            }
        }
        else if (stopPrice is not null)
        {
            throw new ArgumentException("Stop orders must have the stop parameter set.", nameof(stop));
        }

        PositiveIfPresent(stopPrice, nameof(stopPrice));
    }
}
