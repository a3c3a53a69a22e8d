namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>CreateGrant</c>.</summary>
internal sealed class CreateGrantResponse
{
    public required string GrantToken { get; init; }

    public required string GrantId { get; init; }
}
