namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>XksKeyConfigurationType</c> shape: the ID of a key in an external key manager.</summary>
internal sealed class XksKeyConfigurationModel
{
    public required string Id { get; init; }
}
