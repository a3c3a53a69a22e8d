using System;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GetKeyRotationStatus</c>.</summary>
internal sealed class GetKeyRotationStatusResponse
{
    public required bool KeyRotationEnabled { get; init; }

    public required string KeyId { get; init; }

    public int? RotationPeriodInDays { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? NextRotationDate { get; init; }
}
