using System;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>AliasListEntry</c> shape.</summary>
internal sealed class AliasListEntryModel
{
    public required string AliasName { get; init; }

    public required string AliasArn { get; init; }

    public string? TargetKeyId { get; init; }

    public DateTimeOffset? CreationDate { get; init; }

    public DateTimeOffset? LastUpdatedDate { get; init; }
}
