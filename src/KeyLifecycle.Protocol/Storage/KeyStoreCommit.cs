using System;
using System.Collections.Generic;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>A set of key changes that <see cref="IKmsKeyStore.TryCommit"/> applies together or not at all.</summary>
/// <remarks>
/// A builder: each method adds one change and returns the same instance. Every change names the record the caller
/// read, so the commit fails if anything changed since. Not thread-safe; build one per attempt.
/// </remarks>
public sealed class KeyStoreCommit
{
    private readonly List<KeyChange> _keys = [];
    private readonly List<AliasChange> _aliases = [];
    private readonly List<CustomKeyStoreChange> _customKeyStores = [];
    private readonly List<KeyMaterialChange> _keyMaterials = [];
    private readonly List<KeyPolicyChange> _keyPolicies = [];
    private readonly List<ImportSessionChange> _importSessions = [];
    private readonly List<GrantChange> _grants = [];

    /// <summary>The key changes, in the order they were added.</summary>
    public IReadOnlyList<KeyChange> Keys => _keys;

    /// <summary>The alias changes, in the order they were added.</summary>
    public IReadOnlyList<AliasChange> Aliases => _aliases;

    /// <summary>The custom key store changes, in the order they were added.</summary>
    public IReadOnlyList<CustomKeyStoreChange> CustomKeyStores => _customKeyStores;

    /// <summary>The key material changes, in the order they were added.</summary>
    public IReadOnlyList<KeyMaterialChange> KeyMaterials => _keyMaterials;

    /// <summary>The key policy changes, in the order they were added.</summary>
    public IReadOnlyList<KeyPolicyChange> KeyPolicies => _keyPolicies;

    /// <summary>The import parameters changes, in the order they were added.</summary>
    public IReadOnlyList<ImportSessionChange> ImportSessions => _importSessions;

    /// <summary>The grant changes, in the order they were added.</summary>
    public IReadOnlyList<GrantChange> Grants => _grants;

    /// <summary>Whether the commit changes nothing.</summary>
    public bool IsEmpty =>
        _keys.Count == 0 && _aliases.Count == 0 && _customKeyStores.Count == 0 && _keyMaterials.Count == 0 && _keyPolicies.Count == 0 && _importSessions.Count == 0
        && _grants.Count == 0;

    /// <summary>Adds a new key; the commit fails if a key with its ARN exists.</summary>
    /// <param name="key">The new key.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit Add(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _keys.Add(new KeyChange(key.Arn, null, key));
        return this;
    }

    /// <summary>Replaces <paramref name="current"/> with <paramref name="replacement"/>; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The record read from the store.</param>
    /// <param name="replacement">The new record, with the same ARN.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The records have different ARNs.</exception>
    public KeyStoreCommit Replace(KmsKey current, KmsKey replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (current.Arn != replacement.Arn)
        {
            throw new ArgumentException($"The replacement of {current.Arn} has another ARN, {replacement.Arn}.", nameof(replacement));
        }

        _keys.Add(new KeyChange(current.Arn, current, replacement));
        return this;
    }

    /// <summary>Removes <paramref name="current"/>; the commit fails unless it is still stored.</summary>
    /// <param name="current">The record read from the store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit Remove(KmsKey current)
    {
        ArgumentNullException.ThrowIfNull(current);
        _keys.Add(new KeyChange(current.Arn, current, null));
        return this;
    }

    /// <summary>Changes nothing but makes the commit fail unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">A record the commit's other changes were decided from.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit Expect(KmsKey current) => Replace(current, current);

    /// <summary>Adds a new alias; the commit fails if an alias with its ARN exists.</summary>
    /// <param name="alias">The new alias.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alias"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit AddAlias(KmsAlias alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        _aliases.Add(new AliasChange(alias.Arn, null, alias));
        return this;
    }

    /// <summary>Replaces an alias; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The alias read from the store.</param>
    /// <param name="replacement">The new alias, with the same ARN.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The aliases have different ARNs.</exception>
    public KeyStoreCommit ReplaceAlias(KmsAlias current, KmsAlias replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (current.Arn != replacement.Arn)
        {
            throw new ArgumentException($"The replacement of {current.Arn} has another ARN, {replacement.Arn}.", nameof(replacement));
        }

        _aliases.Add(new AliasChange(current.Arn, current, replacement));
        return this;
    }

    /// <summary>Deletes an alias; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The alias read from the store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit RemoveAlias(KmsAlias current)
    {
        ArgumentNullException.ThrowIfNull(current);
        _aliases.Add(new AliasChange(current.Arn, current, null));
        return this;
    }

    /// <summary>Adds a new custom key store; the commit fails if its ID or its name is taken in its account and Region.</summary>
    /// <param name="store">The new store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit AddCustomKeyStore(KmsCustomKeyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _customKeyStores.Add(new CustomKeyStoreChange(null, store));
        return this;
    }

    /// <summary>Replaces a custom key store; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The store read from the store.</param>
    /// <param name="replacement">The new record, with the same ID, account and Region.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The records are of different stores.</exception>
    public KeyStoreCommit ReplaceCustomKeyStore(KmsCustomKeyStore current, KmsCustomKeyStore replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (current.Id != replacement.Id || current.AccountId != replacement.AccountId || current.Region != replacement.Region)
        {
            throw new ArgumentException($"The replacement of custom key store {current.Id} is another store.", nameof(replacement));
        }

        _customKeyStores.Add(new CustomKeyStoreChange(current, replacement));
        return this;
    }

    /// <summary>Deletes a custom key store; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The store read from the store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit RemoveCustomKeyStore(KmsCustomKeyStore current)
    {
        ArgumentNullException.ThrowIfNull(current);
        _customKeyStores.Add(new CustomKeyStoreChange(current, null));
        return this;
    }

    /// <summary>Changes nothing but makes the commit fail unless the custom key store <paramref name="current"/> is still stored.</summary>
    /// <param name="current">A store record the commit's other changes were decided from.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    public KeyStoreCommit ExpectCustomKeyStore(KmsCustomKeyStore current) => ReplaceCustomKeyStore(current, current);

    /// <summary>Stores <paramref name="record"/> as the secret material of its key, replacing what the key had.</summary>
    /// <param name="record">The key's material.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    /// <remarks>Add it to the commit that adds or changes the key, whose compare-and-swap then guards the material too.</remarks>
    public KeyStoreCommit PutKeyMaterial(KeyMaterialRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _keyMaterials.Add(new KeyMaterialChange(record.Arn, record));
        return this;
    }

    /// <summary>Stores <paramref name="policy"/> as the key policy of the key with <paramref name="keyArn"/>, replacing the one it had.</summary>
    /// <param name="keyArn">The key's ARN.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Add it to the commit that adds the key, or with <see cref="Expect"/> of the key, whose compare-and-swap then guards
    /// the policy too. A key whose policy was never stored has the default key policy.
    /// </remarks>
    public KeyStoreCommit PutKeyPolicy(KeyArn keyArn, KeyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _keyPolicies.Add(new KeyPolicyChange(keyArn, policy));
        return this;
    }

    /// <summary>Removes the secret material of the key with <paramref name="keyArn"/>, as deleting imported key material does.</summary>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>This commit.</returns>
    public KeyStoreCommit RemoveKeyMaterial(KeyArn keyArn)
    {
        _keyMaterials.Add(new KeyMaterialChange(keyArn, null));
        return this;
    }

    /// <summary>Adds import parameters for their key; the commit fails if the key has parameters with the same <see cref="ImportSessionRecord.TokenId"/>.</summary>
    /// <param name="session">The new parameters.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is <see langword="null"/>.</exception>
    /// <remarks>Add it with <see cref="Expect"/> of the key, whose compare-and-swap then guards that the key is still there, in the state it was read in.</remarks>
    public KeyStoreCommit AddImportSession(ImportSessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _importSessions.Add(new ImportSessionChange(session, Removed: false));
        return this;
    }

    /// <summary>Removes import parameters; the commit fails unless the key still has parameters with their <see cref="ImportSessionRecord.TokenId"/>.</summary>
    /// <param name="current">The parameters read from the store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    /// <remarks>Parameters are never replaced, so the token ID names one record for as long as it is stored.</remarks>
    public KeyStoreCommit RemoveImportSession(ImportSessionRecord current)
    {
        ArgumentNullException.ThrowIfNull(current);
        _importSessions.Add(new ImportSessionChange(current, Removed: true));
        return this;
    }

    /// <summary>Adds a new grant on its key; the commit fails if the key has a grant with its <see cref="KmsGrant.GrantId"/>, or if the key is not stored.</summary>
    /// <param name="grant">The new grant.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grant"/> is <see langword="null"/>.</exception>
    /// <remarks>Add it with <see cref="Expect"/> of the key, whose compare-and-swap then guards that the key is still there, in the state it was read in.</remarks>
    public KeyStoreCommit AddGrant(KmsGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        _grants.Add(new GrantChange(grant.KeyArn, grant.GrantId, null, grant));
        return this;
    }

    /// <summary>Replaces a grant with another of the same key and grant ID (CreateGrant retried by name adds a token); the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The grant read from the store.</param>
    /// <param name="replacement">The new grant, with the same key and grant ID.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The grants have different keys or grant IDs.</exception>
    /// <remarks>Add it with <see cref="Expect"/> of the key, as <see cref="AddGrant"/>.</remarks>
    public KeyStoreCommit ReplaceGrant(KmsGrant current, KmsGrant replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (current.KeyArn != replacement.KeyArn || !string.Equals(current.GrantId, replacement.GrantId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The replacement of grant {current.GrantId} on {current.KeyArn} is another grant, {replacement.GrantId} on {replacement.KeyArn}.", nameof(replacement));
        }

        _grants.Add(new GrantChange(current.KeyArn, current.GrantId, current, replacement));
        return this;
    }

    /// <summary>Removes a grant; the commit fails unless <paramref name="current"/> is still stored.</summary>
    /// <param name="current">The grant read from the store.</param>
    /// <returns>This commit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> is <see langword="null"/>.</exception>
    /// <remarks>A key's grants are also removed with the key.</remarks>
    public KeyStoreCommit RemoveGrant(KmsGrant current)
    {
        ArgumentNullException.ThrowIfNull(current);
        _grants.Add(new GrantChange(current.KeyArn, current.GrantId, current, null));
        return this;
    }
}
