using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Snapshots;

/// <summary>A <see cref="KmsKey"/> as plain data: every fact the key holds, for a store that writes keys down and reads them back.</summary>
/// <remarks>
/// <para>
/// <see cref="KmsKey"/> has no public setters, so that every key a program holds was reached through the lifecycle. A
/// durable store still has to bring its keys back after a restart, exactly as they were: <see cref="KmsKey.ToSnapshot"/>
/// gives this record, which any serializer can write (every member is a public, settable value), and
/// <see cref="KmsKey.FromSnapshot"/> makes the key again after checking that the facts fit together as the transitions
/// leave them. A snapshot never comes from a request: it is a store's own record of a key it held.
/// </para>
/// <para>Equality is by reference for the list members; compare the keys, not their snapshots.</para>
/// </remarks>
public sealed record KmsKeySnapshot
{
    /// <summary>The key ARN (<see cref="KmsKey.Arn"/>).</summary>
    public required KeyArn Arn { get; init; }

    /// <summary>When the key was created (<see cref="KmsKey.CreationDate"/>).</summary>
    public required DateTimeOffset CreationDate { get; init; }

    /// <summary>The description (<see cref="KmsKey.Description"/>); empty for none.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>What the key can be used for (<see cref="KmsKey.KeyUsage"/>).</summary>
    public required KeyUsage KeyUsage { get; init; }

    /// <summary>The type of the key material (<see cref="KmsKey.KeySpec"/>).</summary>
    public required KeySpec KeySpec { get; init; }

    /// <summary>Where the key material comes from (<see cref="KmsKey.Origin"/>).</summary>
    public required KeyOrigin Origin { get; init; }

    /// <summary>Who manages the key (<see cref="KmsKey.KeyManager"/>).</summary>
    public required KeyManager KeyManager { get; init; }

    /// <summary>The key's state (<see cref="KmsKey.State"/>).</summary>
    public required KeyState State { get; init; }

    /// <summary>When a key pending deletion is deleted (<see cref="KmsKey.DeletionDate"/>).</summary>
    public DateTimeOffset? DeletionDate { get; init; }

    /// <summary>The waiting period chosen when the key was scheduled for deletion (<see cref="KmsKey.PendingDeletionWindowInDays"/>).</summary>
    public int? PendingDeletionWindowInDays { get; init; }

    /// <summary>The key's role among related multi-Region keys; <see langword="null"/> for a single-Region key (<see cref="KmsKey.MultiRegionConfiguration"/>).</summary>
    public MultiRegionKeyType? MultiRegionKeyType { get; init; }

    /// <summary>The primary key of a multi-Region key's set; <see langword="null"/> for a single-Region key.</summary>
    public KeyArn? PrimaryKey { get; init; }

    /// <summary>The replicas of a multi-Region key's set, in the order they were created; empty for a single-Region key.</summary>
    public IReadOnlyList<KeyArn> ReplicaKeys { get; init; } = [];

    /// <summary>The custom key store that holds the key (<see cref="KmsKey.CustomKeyStoreId"/>).</summary>
    public string? CustomKeyStoreId { get; init; }

    /// <summary>Whether the key has key material (<see cref="KmsKey.HasKeyMaterial"/>).</summary>
    public bool HasKeyMaterial { get; init; }

    /// <summary>Whether imported key material expires (<see cref="KmsKey.ExpirationModel"/>).</summary>
    public ExpirationModel? ExpirationModel { get; init; }

    /// <summary>When imported key material expires (<see cref="KmsKey.ValidTo"/>).</summary>
    public DateTimeOffset? ValidTo { get; init; }

    /// <summary>Whether automatic rotation is on (<see cref="KmsKey.KeyRotationEnabled"/>).</summary>
    public bool KeyRotationEnabled { get; init; }

    /// <summary>The days between automatic rotations (<see cref="KmsKey.RotationPeriodInDays"/>).</summary>
    public int? RotationPeriodInDays { get; init; }

    /// <summary>When the key is next rotated automatically (<see cref="KmsKey.NextRotationDate"/>).</summary>
    public DateTimeOffset? NextRotationDate { get; init; }

    /// <summary>The completed rotations, oldest first (<see cref="KmsKey.Rotations"/>).</summary>
    public IReadOnlyList<KeyRotation> Rotations { get; init; } = [];

    /// <summary>Every material imported into the key, first imported first (<see cref="KmsKey.ImportedMaterials"/>).</summary>
    public IReadOnlyList<ImportedKeyMaterial> ImportedMaterials { get; init; } = [];

    /// <summary>The key's tags, each tag key once (<see cref="KmsKey.Tags"/>).</summary>
    public IReadOnlyList<KeyTag> Tags { get; init; } = [];

    /// <summary>The state an unavailable key takes when its custom key store reconnects (<see cref="KmsKey.StateWhenAvailable"/>).</summary>
    public KeyState? StateWhenAvailable { get; init; }

    /// <summary>When the primary Region update of a key in <c>Updating</c> began (<see cref="KmsKey.UpdateStartedAt"/>).</summary>
    public DateTimeOffset? UpdateStartedAt { get; init; }
}
