namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>KeyListEntry</c> shape.</summary>
internal sealed class KeyListEntryModel
{
    public required string KeyId { get; init; }

    public required string KeyArn { get; init; }
}
