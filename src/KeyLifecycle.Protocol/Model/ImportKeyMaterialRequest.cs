using System;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ImportKeyMaterial</c>.</summary>
internal sealed class ImportKeyMaterialRequest : IValidatedKmsRequest<ValidImportKeyMaterialRequest>
{
    private static readonly string[] s_importTypes = ["NEW_KEY_MATERIAL", "EXISTING_KEY_MATERIAL"];

    public string? KeyId { get; init; }

    public byte[]? ImportToken { get; init; }

    public byte[]? EncryptedKeyMaterial { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public DateTimeOffset? ValidTo { get; init; }

    public string? ExpirationModel { get; init; }

    public string? ImportType { get; init; }

    public string? KeyMaterialDescription { get; init; }

    public string? KeyMaterialId { get; init; }

    public KmsOutcome<ValidImportKeyMaterialRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("importToken", ImportToken).MaxLength("importToken", ImportToken, Shapes.CiphertextMax)
        .Required("encryptedKeyMaterial", EncryptedKeyMaterial).MaxLength("encryptedKeyMaterial", EncryptedKeyMaterial, Shapes.CiphertextMax)
        .Enum("expirationModel", ExpirationModel, KmsWireNames.ExpirationModelValues)
        .Enum("importType", ImportType, s_importTypes)
        .Length("keyMaterialDescription", KeyMaterialDescription, 0, 256)
        .Pattern("keyMaterialDescription", KeyMaterialDescription, Shapes.KeyMaterialDescription(), Shapes.KeyMaterialDescriptionPattern)
        .Length("keyMaterialId", KeyMaterialId, 64, 64)
        .Pattern("keyMaterialId", KeyMaterialId, Shapes.KeyMaterialId(), Shapes.KeyMaterialIdPattern)
        .Valid<ValidImportKeyMaterialRequest>(KeyId is { } keyId && ImportToken is { } importToken && EncryptedKeyMaterial is { } encryptedKeyMaterial
            ? new ValidImportKeyMaterialRequest(keyId, importToken, encryptedKeyMaterial, ValidTo, ExpirationModel, ImportType, KeyMaterialDescription, KeyMaterialId)
            : null);
}
