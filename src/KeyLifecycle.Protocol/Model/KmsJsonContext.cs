using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The source-generated JSON contract of every request and response shape: no reflection, so the package is trimming-safe.</summary>
/// <remarks>
/// Member names are the model's (PascalCase), matched case-sensitively as the service does; unknown members are
/// ignored; absent optional members are omitted from responses; timestamps are epoch seconds.
/// </remarks>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(EpochSecondsConverter)])]
[JsonSerializable(typeof(KeyIdRequest))]
[JsonSerializable(typeof(DescribeKeyRequest))]
[JsonSerializable(typeof(ListRequest))]
[JsonSerializable(typeof(ScheduleKeyDeletionRequest))]
[JsonSerializable(typeof(CreateKeyRequest))]
[JsonSerializable(typeof(KeyMetadataResponse))]
[JsonSerializable(typeof(ListKeysResponse))]
[JsonSerializable(typeof(ScheduleKeyDeletionResponse))]
[JsonSerializable(typeof(KeyIdResponse))]
[JsonSerializable(typeof(EnableKeyRotationRequest))]
[JsonSerializable(typeof(UpdateKeyDescriptionRequest))]
[JsonSerializable(typeof(TagResourceRequest))]
[JsonSerializable(typeof(UntagResourceRequest))]
[JsonSerializable(typeof(ListResourceTagsRequest))]
[JsonSerializable(typeof(ListAliasesRequest))]
[JsonSerializable(typeof(AliasRequest))]
[JsonSerializable(typeof(DeleteAliasRequest))]
[JsonSerializable(typeof(ReplicateKeyRequest))]
[JsonSerializable(typeof(UpdatePrimaryRegionRequest))]
[JsonSerializable(typeof(GetParametersForImportRequest))]
[JsonSerializable(typeof(ImportKeyMaterialRequest))]
[JsonSerializable(typeof(DeleteImportedKeyMaterialRequest))]
[JsonSerializable(typeof(CustomKeyStoreRequest))]
[JsonSerializable(typeof(DescribeCustomKeyStoresRequest))]
[JsonSerializable(typeof(CreateCustomKeyStoreRequest))]
[JsonSerializable(typeof(GetKeyRotationStatusResponse))]
[JsonSerializable(typeof(ListResourceTagsResponse))]
[JsonSerializable(typeof(ListAliasesResponse))]
[JsonSerializable(typeof(ReplicateKeyResponse))]
[JsonSerializable(typeof(GetParametersForImportResponse))]
[JsonSerializable(typeof(KeyMaterialResponse))]
[JsonSerializable(typeof(CreateCustomKeyStoreResponse))]
[JsonSerializable(typeof(EmptyResponse))]
[JsonSerializable(typeof(DescribeCustomKeyStoresResponse))]
internal sealed partial class KmsJsonContext : JsonSerializerContext;
