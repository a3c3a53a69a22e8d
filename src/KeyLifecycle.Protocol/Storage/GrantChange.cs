using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One grant change of a <see cref="KeyStoreCommit"/>: the grant expected under a key and grant ID, and the grant to put there.</summary>
/// <param name="KeyArn">The key the grant is on.</param>
/// <param name="GrantId">The grant's ID.</param>
/// <param name="Expected">The grant that must be stored now (compared by reference), or <see langword="null"/> when the key may have no grant with <paramref name="GrantId"/>.</param>
/// <param name="Replacement">The grant to store, or <see langword="null"/> to remove the grant.</param>
public readonly record struct GrantChange(KeyArn KeyArn, string GrantId, KmsGrant? Expected, KmsGrant? Replacement);
