
namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GetParametersForImport</c>.</summary>
internal sealed class GetParametersForImportRequest : IValidatedKmsRequest<ValidGetParametersForImportRequest>
{
    public static readonly string[] WrappingAlgorithms =
        ["RSAES_PKCS1_V1_5", "RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256", "RSA_AES_KEY_WRAP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256", "SM2PKE"];

    public static readonly string[] WrappingKeySpecs = ["RSA_2048", "RSA_3072", "RSA_4096", "SM2"];

    public string? KeyId { get; init; }

    public string? WrappingAlgorithm { get; init; }

    public string? WrappingKeySpec { get; init; }

    public KmsOutcome<ValidGetParametersForImportRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("wrappingAlgorithm", WrappingAlgorithm).Enum("wrappingAlgorithm", WrappingAlgorithm, WrappingAlgorithms)
        .Required("wrappingKeySpec", WrappingKeySpec).Enum("wrappingKeySpec", WrappingKeySpec, WrappingKeySpecs)
        .Valid<ValidGetParametersForImportRequest>(KeyId is { } keyId && WrappingAlgorithm is { } wrappingAlgorithm && WrappingKeySpec is { } wrappingKeySpec
            ? new ValidGetParametersForImportRequest(keyId, wrappingAlgorithm, wrappingKeySpec)
            : null);
}
