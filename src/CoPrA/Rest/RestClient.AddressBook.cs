namespace CoPrA.Rest;

// Address book: the saved crypto addresses withdrawals may go to. Private (Manage permission to change).
public partial class RestClient
{
    /// <summary>Lists the entries of the address book.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/address-book")]
    public virtual async Task<IReadOnlyList<AddressBookEntry>> AddressBookAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/address-book", null, null, true, CoPrAJsonContext.Default.ListAddressBookEntry, cancellationToken).ConfigureAwait(false);

    /// <summary>Adds one or more addresses to the address book.</summary>
    /// <param name="addresses">The addresses; at least one, each with a currency, address and label.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entries added.</returns>
    /// <exception cref="ArgumentException">No address, or an address missing a required field.</exception>
    [CoinbaseEndpoint("POST", "/address-book")]
    public virtual async Task<IReadOnlyList<AddressBookEntry>> AddAddressesAsync(IEnumerable<AddressBookEntryRequest> addresses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var entries = addresses.ToArray();
        if (entries.Length == 0)
        {
            throw new ArgumentException("At least one address is required.", nameof(addresses));
        }

        for (int i = 0; i < entries.Length; i++)
        {
            var entry = entries[i] ?? throw new ArgumentException($"addresses[{i}] is null.", nameof(addresses));
            entry.Validate($"addresses[{i}]", nameof(addresses));
        }

        using var body = new JsonBody().AddArray("addresses", entries);

        // The spec names the answer {"body": [...]}, the gRPC gateway's response_body: on the
        // wire, as Coinbase's own SDK reads it, it is the bare array.
        return await SendAsync(HttpMethod.Post, "/address-book", null, body.Build(), true, CoPrAJsonContext.Default.ListAddressBookEntry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an entry of the address book.</summary>
    /// <param name="addressId">Entry id, from <see cref="AddressBookAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("DELETE", "/address-book/{id}")]
    public virtual Task DeleteAddressAsync(string addressId, CancellationToken cancellationToken = default)
    {
        Check.Id(addressId, nameof(addressId));
        return SendForNothingAsync(HttpMethod.Delete, ResourcePath("/address-book", addressId), null, cancellationToken);
    }
}
