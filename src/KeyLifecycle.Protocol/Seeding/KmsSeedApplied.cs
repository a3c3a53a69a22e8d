namespace KeyLifecycle.Protocol.Seeding;

/// <summary>What applying a seed did.</summary>
/// <param name="KeysAdded">The keys the seed added.</param>
/// <param name="KeysUnchanged">The keys the store already had as the seed declares them, which it left alone.</param>
/// <param name="AliasesAdded">The aliases the seed added.</param>
/// <param name="AliasesUnchanged">The aliases the store already had, pointing at the key the seed names.</param>
public sealed record KmsSeedApplied(int KeysAdded, int KeysUnchanged, int AliasesAdded, int AliasesUnchanged);
