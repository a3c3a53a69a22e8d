using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>DeleteAlias</c>.</summary>
internal sealed class DeleteAliasRequest : IKmsRequest
{
    public string? AliasName { get; init; }

    public ValidationFailed? Validate() => new ModelValidator().Required("aliasName", AliasName).Result;
}
