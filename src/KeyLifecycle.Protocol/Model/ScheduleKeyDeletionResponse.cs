using System;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ScheduleKeyDeletion</c>: <c>KeyId</c> is the key ARN.</summary>
internal sealed class ScheduleKeyDeletionResponse
{
    public required string KeyId { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? DeletionDate { get; init; }

    public required string KeyState { get; init; }

    public required int PendingWindowInDays { get; init; }
}
