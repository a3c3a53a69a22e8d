using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One key material change of a <see cref="KeyStoreCommit"/>.</summary>
/// <param name="Arn">The key's ARN.</param>
/// <param name="Replacement">The material to store, or <see langword="null"/> to remove the key's material.</param>
public readonly record struct KeyMaterialChange(KeyArn Arn, KeyMaterialRecord? Replacement);
