namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>Tag</c> shape: a tag key and value.</summary>
internal sealed class TagModel
{
    public string? TagKey { get; init; }

    public string? TagValue { get; init; }
}
