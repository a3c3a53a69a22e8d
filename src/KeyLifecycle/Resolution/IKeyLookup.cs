using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Resolution;

/// <summary>Finds keys and alias targets for <see cref="KeyResolver"/>; a key store implements it.</summary>
/// <remarks>Implementations read a consistent snapshot or current state; they must not throw for a missing key or alias.</remarks>
public interface IKeyLookup
{
    /// <summary>Returns the key with <paramref name="keyArn"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="keyArn">The key's ARN, which names its account and Region.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    KmsKey? FindKey(KeyArn keyArn);

    /// <summary>Returns the ARN of the key that <paramref name="aliasArn"/> points at, or <see langword="null"/> when there is no such alias.</summary>
    /// <param name="aliasArn">The alias's ARN, which names its account and Region.</param>
    /// <returns>The target key's ARN, or <see langword="null"/>.</returns>
    KeyArn? FindAliasTarget(AliasArn aliasArn);
}
