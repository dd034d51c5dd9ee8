namespace CoPrA.Rest;

/// <summary>
/// Argument checks run before any request, for both client families and the request records they
/// send: the one place an argument is checked. Messages keep CoPrA's wording so that users of the
/// Python library recognise them; each names the offending parameter. Ids and paging here; the
/// fields of request records in Check.Fields.cs, time windows in Check.Time.cs.
/// </summary>
internal static partial class Check
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

    /// <summary>The path a base verb sends to: it starts with '/' and carries no query string (parameters go in the query pairs).</summary>
    public static void RawPath(string path, string paramName)
    {
        ArgumentException.ThrowIfNullOrEmpty(path, paramName);
        if (path[0] != '/' || path.Contains('?', StringComparison.Ordinal))
        {
            throw new ArgumentException($"{paramName} must start with '/' and carry no query string; pass parameters in query.", paramName);
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

    public static void Positive(decimal value, string paramName) => Positive(value, paramName, paramName);

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

    /// <summary>The page size the Exchange accepts: 1 to 1000.</summary>
    public static void Limit(int limit) => Limit(limit, nameof(limit), 1000);

    /// <summary>Throws when a page size is given and is below 1 or above <paramref name="max"/>.</summary>
    public static void Limit(int? limit, string paramName, int max = int.MaxValue)
    {
        if (limit is { } value && (value < 1 || value > max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, max == int.MaxValue ? $"{paramName} must be at least 1." : $"{paramName} must be between 1 and {max}.");
        }
    }

    /// <summary>Throws when an optional text is given but empty or blank: the caller meant something and would get the default.</summary>
    public static void NotBlank(string? value, string paramName)
    {
        if (value is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        }
    }

    /// <summary>Each entry of a list sent as repeated query keys: a null or blank entry throws, naming <paramref name="paramName"/>.</summary>
    public static string Entry(string? value, string paramName) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{paramName} cannot hold null or blank entries.", paramName) : value;

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
