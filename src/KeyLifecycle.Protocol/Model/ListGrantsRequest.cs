using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ListGrants</c>.</summary>
internal sealed class ListGrantsRequest : ListRequest
{
    public string? KeyId { get; init; }

    public string? GrantId { get; init; }

    public string? GranteePrincipal { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator())
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Length("grantId", GrantId, Shapes.GrantIdMin, Shapes.GrantIdMax)
        .Length("granteePrincipal", GranteePrincipal, Shapes.PrincipalMin, Shapes.PrincipalMax)
        .Pattern("granteePrincipal", GranteePrincipal, Shapes.Principal(), Shapes.PrincipalPattern)
        .Result;
}
