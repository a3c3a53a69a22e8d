using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ListRetirableGrants</c>.</summary>
internal sealed class ListRetirableGrantsRequest : ListRequest
{
    public string? RetiringPrincipal { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator())
        .Required("retiringPrincipal", RetiringPrincipal).Length("retiringPrincipal", RetiringPrincipal, Shapes.PrincipalMin, Shapes.PrincipalMax)
        .Pattern("retiringPrincipal", RetiringPrincipal, Shapes.Principal(), Shapes.PrincipalPattern)
        .Result;
}
