namespace KeyLifecycle.Protocol.Model;

/// <summary>The output <c>{}</c> of operations whose output shape has no members, such as <c>ConnectCustomKeyStore</c>.</summary>
internal sealed class EmptyResponse
{
    public static EmptyResponse Instance { get; } = new();
}
