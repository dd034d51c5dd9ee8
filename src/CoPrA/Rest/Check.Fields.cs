namespace CoPrA.Rest;

// Checks of the fields of request records. Each failure is an ArgumentException naming the method
// parameter that carried the record, and the field in its message.
internal static partial class Check
{
    public static void Required(string? value, string field, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", paramName);
        }
    }

    /// <summary>An ISO 3166-1 alpha-2 country code: two ASCII letters.</summary>
    public static void CountryCode(string? value, string field, string paramName, bool required = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                throw new ArgumentException($"{field} is required (an ISO 3166-1 alpha-2 country code).", paramName);
            }

            return;
        }

        if (value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            throw new ArgumentException($"{field} must be an ISO 3166-1 alpha-2 country code such as US, got '{value}'.", paramName);
        }
    }

    public static void Positive(decimal value, string field, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{field} must be greater than zero.");
        }
    }

    public static void DefinedIfPresent<TEnum>(TEnum? value, string field, string paramName)
        where TEnum : struct, Enum
    {
        if (value is { } set && !WireEnum<TEnum>.IsDefined(set))
        {
            throw new ArgumentOutOfRangeException(paramName, set, $"{field} must be one of the values {typeof(TEnum).Name} defines.");
        }
    }
}
