using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ListAliases</c>; <c>KeyId</c> is optional.</summary>
internal sealed class ListAliasesRequest : ListRequest
{
    public string? KeyId { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator()
        .Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax))
        .Result;
}
