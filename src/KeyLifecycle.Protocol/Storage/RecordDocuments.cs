using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Storage;

// The JSON forms of the records a durable store writes, one document per record. Enumerations are written in their AWS
// wire spelling and identifiers as text, so a row reads the way DescribeKey answers; the format's version is the
// member "v", which a reader checks before anything else.
internal sealed class KeyDocument
{
    public int V { get; set; }
    public string Arn { get; set; } = "";
    public DateTimeOffset CreationDate { get; set; }
    public string Description { get; set; } = "";
    public string KeyUsage { get; set; } = "";
    public string KeySpec { get; set; } = "";
    public string Origin { get; set; } = "";
    public string KeyManager { get; set; } = "";
    public string State { get; set; } = "";
    public DateTimeOffset? DeletionDate { get; set; }
    public int? PendingDeletionWindowInDays { get; set; }
    public string? MultiRegionKeyType { get; set; }
    public string? PrimaryKey { get; set; }
    public List<string>? ReplicaKeys { get; set; }
    public string? CustomKeyStoreId { get; set; }
    public bool HasKeyMaterial { get; set; }
    public string? ExpirationModel { get; set; }
    public DateTimeOffset? ValidTo { get; set; }
    public bool KeyRotationEnabled { get; set; }
    public int? RotationPeriodInDays { get; set; }
    public DateTimeOffset? NextRotationDate { get; set; }
    public List<RotationDocument>? Rotations { get; set; }
    public List<ImportedMaterialDocument>? ImportedMaterials { get; set; }
    public List<TagDocument>? Tags { get; set; }
    public string? StateWhenAvailable { get; set; }
    public DateTimeOffset? UpdateStartedAt { get; set; }
}

internal sealed class RotationDocument
{
    public string KeyMaterialId { get; set; } = "";
    public DateTimeOffset RotationDate { get; set; }
    public string RotationType { get; set; } = "";
}

internal sealed class ImportedMaterialDocument
{
    public string KeyMaterialId { get; set; } = "";
    public string ImportState { get; set; } = "";
    public string? ExpirationModel { get; set; }
    public DateTimeOffset? ValidTo { get; set; }
    public string? Description { get; set; }
    public bool PendingRotation { get; set; }
}

internal sealed class TagDocument
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

internal sealed class MaterialDocument
{
    public int V { get; set; }
    public string Arn { get; set; } = "";
    public string CurrentId { get; set; } = "";
    public List<MaterialVersionDocument> Versions { get; set; } = [];
}

internal sealed class MaterialVersionDocument
{
    public string Id { get; set; } = "";
    public byte[] Material { get; set; } = [];
}

internal sealed class ImportSessionDocument
{
    public int V { get; set; }
    public string KeyArn { get; set; } = "";
    public string TokenId { get; set; } = "";
    public string WrappingAlgorithm { get; set; } = "";
    public byte[] WrappingPrivateKey { get; set; } = [];
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ValidTo { get; set; }
}

internal sealed class GrantDocument
{
    public int V { get; set; }
    public string GrantId { get; set; } = "";
    public List<string> GrantTokens { get; set; } = [];
    public string KeyArn { get; set; } = "";
    public string GranteePrincipal { get; set; } = "";
    public string? RetiringPrincipal { get; set; }
    public List<string> Operations { get; set; } = [];
    public Dictionary<string, string>? EncryptionContextEquals { get; set; }
    public Dictionary<string, string>? EncryptionContextSubset { get; set; }
    public string? Name { get; set; }
    public DateTimeOffset CreationDate { get; set; }
    public string IssuingAccount { get; set; } = "";
}

internal sealed class AliasDocument
{
    public int V { get; set; }
    public string Arn { get; set; } = "";
    public string TargetKeyId { get; set; } = "";
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastUpdatedDate { get; set; }
}

internal sealed class CustomKeyStoreDocument
{
    public int V { get; set; }
    public string Id { get; set; } = "";
    public string AccountId { get; set; } = "";
    public string Region { get; set; } = "";
    public string Name { get; set; } = "";
    public string StoreType { get; set; } = "";
    public string ConnectionState { get; set; } = "";
    public DateTimeOffset CreationDate { get; set; }
    public string? CloudHsmClusterId { get; set; }
    public string? TrustAnchorCertificate { get; set; }
    public string? XksProxyUriEndpoint { get; set; }
    public string? XksProxyUriPath { get; set; }
    public string? XksProxyConnectivity { get; set; }
    public string? XksProxyVpcEndpointServiceName { get; set; }
    public string? XksProxyAccessKeyId { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(KeyDocument))]
[JsonSerializable(typeof(MaterialDocument))]
[JsonSerializable(typeof(ImportSessionDocument))]
[JsonSerializable(typeof(GrantDocument))]
[JsonSerializable(typeof(AliasDocument))]
[JsonSerializable(typeof(CustomKeyStoreDocument))]
internal sealed partial class RecordJsonContext : JsonSerializerContext;
