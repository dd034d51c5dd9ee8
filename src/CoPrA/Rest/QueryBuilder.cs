using System.Text;

namespace CoPrA.Rest;

/// <summary>
/// Builds a query string once, in the order parameters are added; that one string is both sent
/// and signed. Repeated keys repeat (<c>status=open&amp;status=pending</c>).
/// </summary>
internal sealed class QueryBuilder
{
    private readonly StringBuilder _builder = new();

    public bool IsEmpty => _builder.Length == 0;

    public QueryBuilder Add(string key, string value)
    {
        if (_builder.Length > 0)
        {
            _builder.Append('&');
        }

        UrlEncoding.Append(_builder, key);
        _builder.Append('=');
        UrlEncoding.Append(_builder, value);
        return this;
    }

    public QueryBuilder Add(string key, long value) => Add(key, JsonFormat.Integer(value));

    public QueryBuilder AddIfPresent(string key, string? value) => string.IsNullOrEmpty(value) ? this : Add(key, value);

    public QueryBuilder AddIfPresent(string key, long? value) => value is { } number ? Add(key, number) : this;

    public QueryBuilder AddIfPresent(string key, DateTimeOffset? value) => value is { } instant ? Add(key, JsonFormat.Timestamp(instant)) : this;

    public QueryBuilder AddIfPresent(string key, decimal? value) => value is { } number ? Add(key, JsonFormat.Decimal(number)) : this;

    public QueryBuilder AddIfPresent(string key, bool? value) => value is { } flag ? Add(key, flag ? "true" : "false") : this;

    /// <summary>An instant as Unix seconds, as Advanced Trade's candles and market trades take it; nothing when null.</summary>
    public QueryBuilder AddUnixSeconds(string key, DateTimeOffset? value) => value is { } instant ? Add(key, instant.ToUnixTimeSeconds()) : this;

    /// <summary>Adds a list as repeated keys, in order, nothing when null; a null or blank entry throws, naming <paramref name="paramName"/>.</summary>
    public QueryBuilder AddAll(string key, IEnumerable<string>? values, string paramName)
    {
        foreach (string? value in values ?? [])
        {
            Add(key, Check.Entry(value, paramName));
        }

        return this;
    }

    /// <summary>Adds the pagination parameters in CoPrA's order: limit, then before or after.</summary>
    public QueryBuilder AddPaging(int limit, string? before, string? after) =>
        Add("limit", limit).AddIfPresent("before", before).AddIfPresent("after", after);

    public override string ToString() => _builder.ToString();
}
