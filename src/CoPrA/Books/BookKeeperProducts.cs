namespace CoPrA.Books;

/// <summary>Checks the product ids a book keeper is given.</summary>
internal static class BookKeeperProducts
{
    /// <summary>The ids, once each (case-insensitively), in the order given.</summary>
    /// <exception cref="ArgumentException">No ids, or a null or blank one.</exception>
    public static List<string> Check(IEnumerable<string> productIds, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(productIds, parameterName);
        var ids = productIds.ToList();
        if (ids.Count == 0)
        {
            throw new ArgumentException("must include at least one product id", parameterName);
        }

        if (ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("product ids must not be null or blank", parameterName);
        }

        return [.. ids.Distinct(StringComparer.OrdinalIgnoreCase)];
    }
}
