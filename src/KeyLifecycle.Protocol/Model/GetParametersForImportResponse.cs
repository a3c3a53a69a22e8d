using System;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GetParametersForImport</c>: blobs are base64 on the wire.</summary>
internal sealed class GetParametersForImportResponse
{
    public required string KeyId { get; init; }

    public required byte[] ImportToken { get; init; }

    public required byte[] PublicKey { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public required DateTimeOffset ParametersValidTo { get; init; }
}
