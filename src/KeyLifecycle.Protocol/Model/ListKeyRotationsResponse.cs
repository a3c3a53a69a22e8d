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

    /// <summary><c>CURRENT</c> for the material that encrypts now, <c>PENDING_ROTATION</c> for imported material waiting for its rotation, <c>NON_CURRENT</c> for the others.</summary>
    public required string KeyMaterialState { get; init; }

    /// <summary>Absent for the first material, which no rotation made.</summary>
    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? RotationDate { get; init; }

    /// <summary>Absent for the first material.</summary>
    public string? RotationType { get; init; }

    /// <summary>For imported material: <c>IMPORTED</c> or <c>PENDING_IMPORT</c>.</summary>
    public string? ImportState { get; init; }

    /// <summary>For imported material that is imported now.</summary>
    public string? ExpirationModel { get; init; }

    /// <summary>For imported material that expires.</summary>
    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>For imported material imported with a description.</summary>
    public string? KeyMaterialDescription { get; init; }
}
