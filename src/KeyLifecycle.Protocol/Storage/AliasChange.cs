using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One alias change of a <see cref="KeyStoreCommit"/>.</summary>
/// <param name="Arn">The alias's ARN.</param>
/// <param name="Expected">The alias that must be stored now (by reference), or <see langword="null"/> when none may exist.</param>
/// <param name="Replacement">The alias to store, or <see langword="null"/> to delete it.</param>
public readonly record struct AliasChange(AliasArn Arn, KmsAlias? Expected, KmsAlias? Replacement);
