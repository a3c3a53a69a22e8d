namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of the operations that return only the key ARN, such as <c>CancelKeyDeletion</c>.</summary>
internal sealed class KeyIdResponse
{
    public required string KeyId { get; init; }
}
