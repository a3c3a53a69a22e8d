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
internal sealed partial class KmsJsonContext : JsonSerializerContext;
