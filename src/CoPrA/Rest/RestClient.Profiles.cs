namespace CoPrA.Rest;

// Profiles (portfolios): list, create, rename, deactivate, and move funds between them. Private.
public partial class RestClient
{
    /// <summary>Names Coinbase keeps for its own profiles; a profile cannot be renamed to them.</summary>
    private static readonly string[] ReservedProfileNames = ["default", "margin"];

    /// <summary>Lists the user's profiles.</summary>
    /// <param name="active">Only active (true) or only deactivated (false) profiles; all when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/profiles")]
    public virtual async Task<IReadOnlyList<Profile>> ProfilesAsync(bool? active = null, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/profiles", new QueryBuilder().AddIfPresent("active", active), null, true, CoPrAJsonContext.Default.ListProfile, cancellationToken).ConfigureAwait(false);

    /// <summary>Gets one profile.</summary>
    /// <param name="profileId">Profile id.</param>
    /// <param name="active">Only if active (true) or only if deactivated (false); either when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/profiles/{profile_id}")]
    public virtual Task<Profile> ProfileAsync(string profileId, bool? active = null, CancellationToken cancellationToken = default)
    {
        Check.Id(profileId, nameof(profileId));
        return SendAsync(HttpMethod.Get, ResourcePath("/profiles", profileId), new QueryBuilder().AddIfPresent("active", active), null, true, CoPrAJsonContext.Default.Profile, cancellationToken);
    }

    /// <summary>Creates a profile. A user has at most 100.</summary>
    /// <param name="name">Name of the new profile.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/profiles")]
    public virtual Task<Profile> CreateProfileAsync(string name, CancellationToken cancellationToken = default)
    {
        Check.Id(name, nameof(name));
        using var body = new JsonBody().Add("name", name);
        return SendAsync(HttpMethod.Post, "/profiles", null, body.Build(), true, CoPrAJsonContext.Default.Profile, cancellationToken);
    }

    /// <summary>Renames a profile.</summary>
    /// <param name="profileId">Profile id.</param>
    /// <param name="name">New name; not <c>default</c> or <c>margin</c>, which Coinbase reserves.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("PUT", "/profiles/{profile_id}")]
    public virtual Task<Profile> RenameProfileAsync(string profileId, string name, CancellationToken cancellationToken = default)
    {
        Check.Id(profileId, nameof(profileId));
        Check.Id(name, nameof(name));
        if (ReservedProfileNames.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The profile name '{name}' is reserved.", nameof(name));
        }

        using var body = new JsonBody().Add("profile_id", profileId).Add("name", name);
        return SendAsync(HttpMethod.Put, ResourcePath("/profiles", profileId), null, body.Build(), true, CoPrAJsonContext.Default.Profile, cancellationToken);
    }

    /// <summary>Deactivates a profile, moving all of its funds to another. Fails while it has open orders.</summary>
    /// <param name="profileId">Profile to deactivate.</param>
    /// <param name="toProfileId">Profile that receives the funds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("PUT", "/profiles/{profile_id}/deactivate")]
    public virtual Task DeactivateProfileAsync(string profileId, string toProfileId, CancellationToken cancellationToken = default)
    {
        Check.Id(profileId, nameof(profileId));
        Check.Id(toProfileId, nameof(toProfileId));
        CheckDifferentProfiles(profileId, toProfileId, nameof(toProfileId));
        using var body = new JsonBody().Add("profile_id", profileId).Add("to", toProfileId);
        return SendForNothingAsync(HttpMethod.Put, ResourcePath("/profiles", profileId, "/deactivate"), body.Build(), cancellationToken);
    }

    /// <summary>Moves funds from one of the user's profiles to another.</summary>
    /// <param name="fromProfileId">Profile to take the funds from.</param>
    /// <param name="toProfileId">Profile to put them in.</param>
    /// <param name="currency">Currency to move.</param>
    /// <param name="amount">Amount to move.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/profiles/transfer")]
    public virtual Task TransferBetweenProfilesAsync(string fromProfileId, string toProfileId, string currency, decimal amount, CancellationToken cancellationToken = default)
    {
        Check.Id(fromProfileId, nameof(fromProfileId));
        Check.Id(toProfileId, nameof(toProfileId));
        CheckDifferentProfiles(fromProfileId, toProfileId, nameof(toProfileId));
        Check.Id(currency, nameof(currency));
        Check.Positive(amount, nameof(amount));
        using var body = new JsonBody().Add("from", fromProfileId).Add("to", toProfileId).Add("currency", currency).Add("amount", amount);
        return SendForNothingAsync(HttpMethod.Post, "/profiles/transfer", body.Build(), cancellationToken);
    }

    private static void CheckDifferentProfiles(string from, string to, string paramName)
    {
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The source and destination profiles must differ.", paramName);
        }
    }
}
