using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>CreateAlias</c> and <c>UpdateAlias</c>.</summary>
/// <remarks>
/// The alias name is checked against the model here only for being present; its length, pattern and <c>alias/</c> prefix
/// are the domain's (<see cref="AliasTransitions.ParseAliasName"/>), which words them as the service does.
/// </remarks>
internal sealed class AliasRequest : IKmsRequest
{
    public string? AliasName { get; init; }

    public string? TargetKeyId { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("aliasName", AliasName)
        .Required("targetKeyId", TargetKeyId).Length("targetKeyId", TargetKeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Result;
}
