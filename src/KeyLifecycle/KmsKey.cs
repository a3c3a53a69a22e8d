using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle;

/// <summary>An AWS KMS key: what <c>DescribeKey</c> reports of it, and what the key-state rules need to know.</summary>
/// <remarks>
/// <para>
/// Immutable. Instances are made by <see cref="Create(KeyArn, DateTimeOffset)"/> and its overload, and changed only by
/// the functions of <see cref="KeyTransitions"/>, which return a new key (or the same instance when nothing changes).
/// The properties cannot be set outside this library, so every key a caller holds was reached through the lifecycle
/// the service allows. Facts that follow from others are computed: <see cref="Enabled"/> from <see cref="State"/>,
/// <see cref="KeyId"/>, <see cref="AccountId"/> and <see cref="Region"/> from <see cref="Arn"/>.
/// </para>
/// <para>Instances are safe to share between threads.</para>
/// </remarks>
public sealed partial record KmsKey
{
    // The members most keys leave unset (a deletion, imported material, rotation, a custom key store, multi-Region keys)
    // share one object, absent while they are all unset: a key CreateKey makes is then about 140 bytes smaller, which is
    // most of what a store of a million keys saves by it.
    private readonly Uncommon? _uncommon;

    internal KmsKey(KeyArn arn, DateTimeOffset creationDate)
    {
        Arn = arn;
        CreationDate = creationDate;
    }

    /// <summary>The key ARN, <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account&gt;:key/&lt;key-id&gt;</c>.</summary>
    public KeyArn Arn { get; internal init; }

    /// <summary>The key ID, the last part of <see cref="Arn"/>.</summary>
    public KeyId KeyId => Arn.KeyId;

    /// <summary>The twelve-digit ID of the account that owns the key.</summary>
    public AwsAccountId AccountId => Arn.AccountId;

    /// <summary>The Region the key lives in.</summary>
    public AwsRegion Region => Arn.Region;

    /// <summary>When the key was created.</summary>
    public DateTimeOffset CreationDate { get; internal init; }

    /// <summary>The key's description; empty when none was given, as <c>DescribeKey</c> reports it.</summary>
    public string Description { get; internal init; } = string.Empty;

    /// <summary>What the key can be used for.</summary>
    public KeyUsage KeyUsage { get; internal init; }

    /// <summary>The type of the key material.</summary>
    public KeySpec KeySpec { get; internal init; }

    /// <summary>Where the key material comes from.</summary>
    public KeyOrigin Origin { get; internal init; }

    /// <summary>Whether the key is customer managed or AWS managed.</summary>
    public KeyManager KeyManager { get; internal init; }

    /// <summary>The key's state.</summary>
    public KeyState State { get; internal init; }

    /// <summary>Whether the key is enabled: <see langword="true"/> exactly when <see cref="State"/> is <see cref="KeyState.Enabled"/>.</summary>
    public bool Enabled => State == KeyState.Enabled;

    /// <summary>When a key pending deletion will be deleted; <see langword="null"/> in every other state.</summary>
    /// <remarks>A multi-Region primary key pending replica deletion has no date yet: its waiting period starts when its last replica is deleted.</remarks>
    public DateTimeOffset? DeletionDate { get => _uncommon?.DeletionDate; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { DeletionDate = value }); }

    /// <summary>The waiting period, in days, chosen when the key was scheduled for deletion; <see langword="null"/> when it is not scheduled.</summary>
    public int? PendingDeletionWindowInDays { get => _uncommon?.PendingDeletionWindowInDays; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { PendingDeletionWindowInDays = value }); }

    /// <summary>Whether the key is a multi-Region key (its key ID starts with <c>mrk-</c>).</summary>
    public bool MultiRegion => Arn.KeyId.IsMultiRegion;

    /// <summary>The key's role among related multi-Region keys; <see langword="null"/> for a single-Region key.</summary>
    public MultiRegionConfiguration? MultiRegionConfiguration { get => _uncommon?.MultiRegionConfiguration; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { MultiRegionConfiguration = value }); }

    /// <summary>The ID of the custom key store that holds the key; <see langword="null"/> for keys in the KMS key store.</summary>
    public string? CustomKeyStoreId { get => _uncommon?.CustomKeyStoreId; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { CustomKeyStoreId = value }); }

    /// <summary>Whether the key has key material: always for keys whose material KMS or a key store holds; for keys with origin <see cref="KeyOrigin.External"/>, whether material is imported.</summary>
    public bool HasKeyMaterial { get; internal init; }

    /// <summary>Whether imported key material expires; <see langword="null"/> unless the key has imported material.</summary>
    public ExpirationModel? ExpirationModel { get => _uncommon?.ExpirationModel; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { ExpirationModel = value }); }

    /// <summary>When imported key material expires; <see langword="null"/> unless <see cref="ExpirationModel"/> is <see cref="KeyLifecycle.ExpirationModel.KeyMaterialExpires"/>.</summary>
    public DateTimeOffset? ValidTo { get => _uncommon?.ValidTo; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { ValidTo = value }); }

    /// <summary>Whether automatic rotation is turned on: the setting <c>EnableKeyRotation</c> and <c>DisableKeyRotation</c> change.</summary>
    /// <remarks>While the key is pending deletion the service reports rotation as off but keeps the setting, which returns when deletion is cancelled (<see cref="KeyTransitions.GetKeyRotationStatus"/>).</remarks>
    public bool KeyRotationEnabled { get; internal init; }

    /// <summary>The days between automatic rotations; <see langword="null"/> while rotation is off.</summary>
    public int? RotationPeriodInDays { get => _uncommon?.RotationPeriodInDays; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { RotationPeriodInDays = value }); }

    /// <summary>When the key is next rotated automatically; <see langword="null"/> while rotation is off.</summary>
    public DateTimeOffset? NextRotationDate { get => _uncommon?.NextRotationDate; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { NextRotationDate = value }); }

    /// <summary>The key's completed rotations of its material, oldest first; empty for a key never rotated.</summary>
    /// <remarks>The last one names the material that encrypts now; before any rotation, the key's first material does.</remarks>
    public KeyRotationHistory Rotations { get; internal init; } = KeyRotationHistory.Empty;

    /// <summary>For a key with origin <see cref="KeyOrigin.External"/>, every material imported into it, first imported first; empty for other keys.</summary>
    /// <remarks>
    /// <see cref="HasKeyMaterial"/>, <see cref="ExpirationModel"/> and <see cref="ValidTo"/> are those of these materials
    /// taken together: the key has material while every material that is part of it is imported, and its
    /// <see cref="ValidTo"/> is the earliest expiry among them ("the earliest time at which any imported key material
    /// permanently associated with this KMS key expires", <c>KeyMetadata.ValidTo</c>).
    /// </remarks>
    public ImportedKeyMaterials ImportedMaterials { get; internal init; } = ImportedKeyMaterials.Empty;

    /// <summary>For a key with origin <see cref="KeyOrigin.External"/>, the ID of its current material: the one the latest rotation made current, or the first imported; <see langword="null"/> before any import.</summary>
    /// <remarks>It stays after the material's bytes are deleted or expire, as <c>DescribeKey</c> keeps reporting it.</remarks>
    public KeyMaterialId? CurrentImportedMaterialId =>
        ImportedMaterials.Count == 0 ? null : Rotations.Latest?.KeyMaterialId ?? ImportedMaterials[0].KeyMaterialId;

    /// <summary>The key's tags.</summary>
    public KeyTagCollection Tags { get; internal init; } = KeyTagCollection.Empty;

    /// <summary>For a key whose custom key store is disconnected (<see cref="KeyState.Unavailable"/>), the state it takes when the store reconnects; otherwise <see langword="null"/>.</summary>
    /// <remarks><c>EnableKey</c> and <c>DisableKey</c> on an unavailable key succeed and change only this value (footnote 12 of the key-state table).</remarks>
    public KeyState? StateWhenAvailable { get => _uncommon?.StateWhenAvailable; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { StateWhenAvailable = value }); }

    /// <summary>For a key in <see cref="KeyState.Updating"/>, when the primary Region update that put it there began; otherwise <see langword="null"/>.</summary>
    /// <remarks>A host finishes the update (<see cref="KeyTransitions.CompletePrimaryRegionUpdate"/>) a while after this time; keeping it on the key lets a durable store keep the timer.</remarks>
    public DateTimeOffset? UpdateStartedAt { get => _uncommon?.UpdateStartedAt; internal init => _uncommon = Uncommon.Of(UncommonOrNone with { UpdateStartedAt = value }); }

    /// <summary>Returns a new symmetric encryption key with origin <c>AWS_KMS</c>, managed by the customer and enabled, as <c>CreateKey</c> makes it with no options.</summary>
    /// <param name="arn">The key's ARN. A multi-Region key ID (<c>mrk-</c>) makes a multi-Region primary key.</param>
    /// <param name="creationDate">When the key is created.</param>
    /// <returns>The key, in <see cref="KeyState.Enabled"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="arn"/> is <see langword="default"/>.</exception>
    public static KmsKey Create(KeyArn arn, DateTimeOffset creationDate)
    {
        if (arn == default)
        {
            throw new ArgumentException("The key ARN is the default value, which is not a key ARN.", nameof(arn));
        }

        return new KmsKey(arn, creationDate)
        {
            KeyUsage = KeyUsage.EncryptDecrypt,
            KeySpec = KeySpec.SymmetricDefault,
            Origin = KeyOrigin.AwsKms,
            KeyManager = KeyManager.Customer,
            State = KeyState.Enabled,
            HasKeyMaterial = true,
            MultiRegionConfiguration = arn.KeyId.IsMultiRegion
                ? new MultiRegionConfiguration(MultiRegionKeyType.Primary, arn, [])
                : null,
        };
    }

    private Uncommon UncommonOrNone => _uncommon ?? Uncommon.None;

    /// <summary>The members most keys leave unset; compared by value, as the key's other members are.</summary>
    private sealed record Uncommon(
        DateTimeOffset? DeletionDate,
        int? PendingDeletionWindowInDays,
        MultiRegionConfiguration? MultiRegionConfiguration,
        string? CustomKeyStoreId,
        ExpirationModel? ExpirationModel,
        DateTimeOffset? ValidTo,
        int? RotationPeriodInDays,
        DateTimeOffset? NextRotationDate,
        KeyState? StateWhenAvailable,
        DateTimeOffset? UpdateStartedAt)
    {
        public static Uncommon None { get; } = new(null, null, null, null, null, null, null, null, null, null);

        // All unset is kept as no object at all, so that equal keys hold equal fields.
        public static Uncommon? Of(Uncommon value) => value == None ? null : value;
    }
}
