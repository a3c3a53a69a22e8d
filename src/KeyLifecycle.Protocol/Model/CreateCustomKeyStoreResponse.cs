namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>CreateCustomKeyStore</c>.</summary>
internal sealed class CreateCustomKeyStoreResponse
{
    public required string CustomKeyStoreId { get; init; }
}
