using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ListKeys</c>, and the paging members of the other list operations.</summary>
internal class ListRequest : IKmsRequest
{
    public int? Limit { get; init; }

    public string? Marker { get; init; }

    public virtual ValidationFailed? Validate() => Paging(new ModelValidator()).Result;

    protected ModelValidator Paging(ModelValidator validator) => validator
        .Range("limit", Limit, Shapes.LimitMin, Shapes.LimitMax)
        .Length("marker", Marker, Shapes.MarkerMin, Shapes.MarkerMax)
        .Pattern("marker", Marker, Shapes.Marker(), Shapes.MarkerPattern);
}
