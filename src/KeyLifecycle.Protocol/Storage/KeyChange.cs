using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One change of a <see cref="KeyStoreCommit"/>: the record expected at an ARN and the record to put there.</summary>
/// <param name="Arn">The key's ARN.</param>
/// <param name="Expected">The record that must be stored now (compared by reference), or <see langword="null"/> when no key may exist at <paramref name="Arn"/>.</param>
/// <param name="Replacement">The record to store, or <see langword="null"/> to remove the key.</param>
public readonly record struct KeyChange(KeyArn Arn, KmsKey? Expected, KmsKey? Replacement);
