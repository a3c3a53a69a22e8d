using System;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>AliasListEntry</c> shape.</summary>
internal sealed class AliasListEntryModel
{
    public required string AliasName { get; init; }

    public required string AliasArn { get; init; }

    public string? TargetKeyId { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? CreationDate { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? LastUpdatedDate { get; init; }
}
