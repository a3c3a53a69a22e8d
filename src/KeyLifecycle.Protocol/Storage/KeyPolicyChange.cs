using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One key policy change of a <see cref="KeyStoreCommit"/>.</summary>
/// <param name="Arn">The key's ARN.</param>
/// <param name="Policy">The key's new policy.</param>
public readonly record struct KeyPolicyChange(KeyArn Arn, KeyPolicy Policy);
