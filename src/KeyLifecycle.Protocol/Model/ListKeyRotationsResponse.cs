using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>ListKeyRotations</c>.</summary>
internal sealed class ListKeyRotationsResponse
{
    public required IReadOnlyList<RotationsListEntryModel> Rotations { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}

/// <summary>One material of a key in <c>ListKeyRotations</c> (<c>RotationsListEntry</c>).</summary>
internal sealed class RotationsListEntryModel
{
    public required string KeyId { get; init; }

    public required string KeyMaterialId { get; init; }

    /// <summary><c>CURRENT</c> for the material that encrypts now, <c>NON_CURRENT</c> for the others.</summary>
    public required string KeyMaterialState { get; init; }

    /// <summary>Absent for the first material, which no rotation made.</summary>
    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? RotationDate { get; init; }

    /// <summary>Absent for the first material.</summary>
    public string? RotationType { get; init; }
}
