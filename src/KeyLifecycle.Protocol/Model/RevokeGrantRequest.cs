namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>RevokeGrant</c>.</summary>
internal sealed class RevokeGrantRequest : IValidatedKmsRequest<ValidRevokeGrantRequest>
{
    public string? KeyId { get; init; }

    public string? GrantId { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidRevokeGrantRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("grantId", GrantId).Length("grantId", GrantId, Shapes.GrantIdMin, Shapes.GrantIdMax)
        .Valid<ValidRevokeGrantRequest>(KeyId is { } keyId && GrantId is { } grantId ? new ValidRevokeGrantRequest(keyId, grantId, DryRun) : null);
}
