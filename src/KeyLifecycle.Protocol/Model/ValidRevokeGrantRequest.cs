namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="RevokeGrantRequest"/> that passed model validation.</summary>
internal readonly record struct ValidRevokeGrantRequest(string KeyId, string GrantId, bool? DryRun);
