namespace CoPrA;

/// <summary>A profile (portfolio) of the user (<c>GET /profiles</c>, <c>GET /profiles/{profile_id}</c>).</summary>
public sealed record Profile : ApiObject
{
    /// <summary>Profile id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>User who owns the profile.</summary>
    public string? UserId { get; init; }
    /// <summary>Name; <c>default</c> for the user's first profile.</summary>
    public string? Name { get; init; }
    /// <summary>Whether the profile is active (not deactivated).</summary>
    public bool? Active { get; init; }
    /// <summary>Whether this is the user's default profile.</summary>
    public bool? IsDefault { get; init; }
    /// <summary>When the profile was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
