using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>KeyMetadata</c> shape, as <c>CreateKey</c>, <c>DescribeKey</c> and <c>ReplicateKey</c> return it.</summary>
/// <remarks>Members that do not apply to a key are omitted, as the service omits them (reference §3.7).</remarks>
internal sealed class KeyMetadataModel
{
    [JsonPropertyName("AWSAccountId")]
    public required string AwsAccountId { get; init; }

    public required string KeyId { get; init; }

    public required string Arn { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public required DateTimeOffset CreationDate { get; init; }

    public required bool Enabled { get; init; }

    public required string Description { get; init; }

    public required string KeyUsage { get; init; }

    public required string KeyState { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? DeletionDate { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? ValidTo { get; init; }

    public required string Origin { get; init; }

    public string? CustomKeyStoreId { get; init; }

    public string? CloudHsmClusterId { get; init; }

    public string? ExpirationModel { get; init; }

    public required string KeyManager { get; init; }

    public required string CustomerMasterKeySpec { get; init; }

    public required string KeySpec { get; init; }

    public IReadOnlyList<string>? EncryptionAlgorithms { get; init; }

    public IReadOnlyList<string>? SigningAlgorithms { get; init; }

    public IReadOnlyList<string>? KeyAgreementAlgorithms { get; init; }

    public required bool MultiRegion { get; init; }

    public MultiRegionConfigurationModel? MultiRegionConfiguration { get; init; }

    public int? PendingDeletionWindowInDays { get; init; }

    public IReadOnlyList<string>? MacAlgorithms { get; init; }

    public string? CurrentKeyMaterialId { get; init; }

    public static KeyMetadataModel From(KmsKey key, KeyStoreDetails? store = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new KeyMetadataModel
        {
            AwsAccountId = key.AccountId.ToString(),
            KeyId = key.KeyId.ToString(),
            Arn = key.Arn.ToString(),
            CreationDate = key.CreationDate,
            Enabled = key.Enabled,
            Description = key.Description,
            KeyUsage = key.KeyUsage.ToWireName(),
            KeyState = key.State.ToWireName(),
            DeletionDate = key.State == KeyLifecycle.KeyState.PendingDeletion ? key.DeletionDate : null,
            ValidTo = key.ValidTo,
            Origin = key.Origin.ToWireName(),
            CustomKeyStoreId = key.CustomKeyStoreId,
            CloudHsmClusterId = store?.CloudHsmClusterId,
            ExpirationModel = key.Origin == KeyLifecycle.KeyOrigin.External ? key.ExpirationModel?.ToWireName() : null,
            KeyManager = key.KeyManager.ToWireName(),
            CustomerMasterKeySpec = key.KeySpec.ToWireName(),
            KeySpec = key.KeySpec.ToWireName(),
            EncryptionAlgorithms = NullIfEmpty(KeySpecs.EncryptionAlgorithms(key.KeySpec, key.KeyUsage)),
            SigningAlgorithms = NullIfEmpty(KeySpecs.SigningAlgorithms(key.KeySpec, key.KeyUsage)),
            KeyAgreementAlgorithms = NullIfEmpty(KeySpecs.KeyAgreementAlgorithms(key.KeyUsage)),
            MultiRegion = key.MultiRegion,
            MultiRegionConfiguration = MultiRegionConfigurationModel.From(key.MultiRegionConfiguration),
            PendingDeletionWindowInDays = key.State == KeyLifecycle.KeyState.PendingReplicaDeletion ? key.PendingDeletionWindowInDays : null,
            MacAlgorithms = key.KeyUsage == KeyLifecycle.KeyUsage.GenerateVerifyMac ? NullIfEmpty(KeySpecs.MacAlgorithms(key.KeySpec)) : null,
            CurrentKeyMaterialId = CurrentMaterialIdOf(key),
        };
    }

    /// <summary>The ID of a key's current key material: stable for the key, so derived from its account and key ID, which related multi-Region keys share, as they share their material.</summary>
    /// <remarks>
    /// Hashing cost more than the rest of a DescribeKey answer, so the IDs of the keys described last are remembered in
    /// a small direct-mapped table (a slot per hash of the ARN; a miss hashes and takes the slot; it never grows).
    /// </remarks>
    public static string MaterialIdOf(KeyLifecycle.Identifiers.KeyArn arn)
    {
        var slot = arn.GetHashCode() & (s_materialIds.Length - 1);
        if (Volatile.Read(ref s_materialIds[slot]) is { } remembered && remembered.Arn == arn)
        {
            return remembered.MaterialId;
        }

        var materialId = HashMaterialId(arn);
        Volatile.Write(ref s_materialIds[slot], new RememberedMaterialId(arn, materialId));
        return materialId;
    }

    private static readonly RememberedMaterialId?[] s_materialIds = new RememberedMaterialId?[4096];

    private sealed record RememberedMaterialId(KeyLifecycle.Identifiers.KeyArn Arn, string MaterialId);

    private static string HashMaterialId(KeyLifecycle.Identifiers.KeyArn arn)
    {
        // On the stack: a DescribeKey answer allocates only the 64-character ID. Account IDs and key IDs are ASCII.
        var account = arn.AccountId.ToString();
        var keyId = arn.KeyId.ToString();
        Span<byte> utf8 = stackalloc byte[account.Length + 1 + keyId.Length];
        var written = Encoding.ASCII.GetBytes(account, utf8);
        utf8[written++] = (byte)':';
        written += Encoding.ASCII.GetBytes(keyId, utf8[written..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..written], hash);
        return Convert.ToHexStringLower(hash);
    }

    // The service reports a key material ID for symmetric encryption keys whose material KMS generated or that have had
    // material imported; for the latter it stays after the material is deleted or expires. A new replica reports no
    // material ID while it is Creating, then its primary's.
    private static string? CurrentMaterialIdOf(KmsKey key) =>
        key.KeySpec != KeyLifecycle.KeySpec.SymmetricDefault || key.State == KeyLifecycle.KeyState.Creating ? null
        : key.Origin == KeyLifecycle.KeyOrigin.External ? key.CurrentImportedMaterialId?.ToString()
        : key.Origin == KeyLifecycle.KeyOrigin.AwsKms && key.HasKeyMaterial ? key.Rotations.Latest?.KeyMaterialId.ToString() ?? MaterialIdOf(key.Arn)
        : null;

    private static IReadOnlyList<string>? NullIfEmpty(IReadOnlyList<string> values) => values.Count == 0 ? null : values;
}
