namespace CoPrA.Sandbox;

/// <summary>A feed subscription the sandbox accepted: which connection, and its whole channel set after the change.</summary>
/// <param name="ConnectionId">The feed connection's id, counting from 1.</param>
/// <param name="Authenticated">Whether the connection has authenticated.</param>
/// <param name="Channels">The connection's channels and their product ids.</param>
public sealed record SandboxSubscription(long ConnectionId, bool Authenticated, IReadOnlyList<SandboxChannel> Channels);

/// <summary>One channel of a <see cref="SandboxSubscription"/>.</summary>
/// <param name="Name">Channel name, for example <c>level2</c>.</param>
/// <param name="ProductIds">Product ids (none for <c>status</c>).</param>
public sealed record SandboxChannel(string Name, IReadOnlyList<string> ProductIds);
