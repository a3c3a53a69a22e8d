namespace KeyLifecycle.Protocol.Storage;

/// <summary>Where an <see cref="InMemoryKmsKeyStore"/> writes each commit down before anyone can read it: the hook of a durable store.</summary>
/// <remarks>
/// <para>
/// The store calls <see cref="Write"/> once per commit that succeeds, after every record the commit expects was found to be
/// the stored one and before the commit becomes visible; commits are serialized while a journal is attached, so the
/// journal sees them in the order readers do. If <see cref="Write"/> throws, the commit is not applied and the exception
/// reaches the caller of <see cref="IKmsKeyStore.TryCommit"/>: nothing is visible that was not written.
/// </para>
/// <para>
/// The journal writes the records the commit leaves: each key, alias, custom key store, key material, key policy and
/// import parameters it adds or replaces, and the removal of each it removes. A removed key takes its key material, its
/// key policy and its import parameters with it, as in the store.
/// </para>
/// </remarks>
public interface IKmsCommitJournal
{
    /// <summary>Writes <paramref name="commit"/> durably, all of it or, by throwing, none of it.</summary>
    /// <param name="commit">A commit the store is about to apply; not empty.</param>
    void Write(KeyStoreCommit commit);
}
