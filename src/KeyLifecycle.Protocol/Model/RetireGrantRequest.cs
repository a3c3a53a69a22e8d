using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>RetireGrant</c>: a <c>GrantToken</c>, or a <c>KeyId</c> and a <c>GrantId</c> (no member is required by the model).</summary>
internal sealed class RetireGrantRequest : IKmsRequest
{
    public string? GrantToken { get; init; }

    public string? KeyId { get; init; }

    public string? GrantId { get; init; }

    public bool? DryRun { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Length("grantToken", GrantToken, Shapes.GrantTokenMin, Shapes.GrantTokenMax)
        .Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Length("grantId", GrantId, Shapes.GrantIdMin, Shapes.GrantIdMax)
        .Result;
}
