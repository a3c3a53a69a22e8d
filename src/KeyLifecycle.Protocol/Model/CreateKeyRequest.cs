using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>CreateKey</c>.</summary>
internal sealed class CreateKeyRequest : IValidatedKmsRequest<ValidCreateKeyRequest>
{
    public string? Policy { get; init; }

    public string? Description { get; init; }

    public string? KeyUsage { get; init; }

    public string? CustomerMasterKeySpec { get; init; }

    public string? KeySpec { get; init; }

    public string? Origin { get; init; }

    public string? CustomKeyStoreId { get; init; }

    public bool? BypassPolicyLockoutSafetyCheck { get; init; }

    public List<TagModel?>? Tags { get; init; }

    public bool? MultiRegion { get; init; }

    public string? XksKeyId { get; init; }

    public KmsOutcome<ValidCreateKeyRequest> Validate() => new ModelValidator()
        .Length("policy", Policy, Shapes.PolicyMin, Shapes.PolicyMax)
        .Length("description", Description, 0, Shapes.DescriptionMax)
        .Enum("keyUsage", KeyUsage, KmsWireNames.KeyUsageValues)
        .Enum("customerMasterKeySpec", CustomerMasterKeySpec, CustomerMasterKeySpecValues)
        .Enum("keySpec", KeySpec, KmsWireNames.KeySpecValues)
        .Enum("origin", Origin, KmsWireNames.KeyOriginValues)
        .Length("customKeyStoreId", CustomKeyStoreId, Shapes.CustomKeyStoreIdMin, Shapes.CustomKeyStoreIdMax)
        .Tags("tags", Tags, Operations.CustomKeyTags.IsCustom)
        .Length("xksKeyId", XksKeyId, Shapes.XksKeyIdMin, Shapes.XksKeyIdMax)
        .Pattern("xksKeyId", XksKeyId, Shapes.XksKeyId(), Shapes.XksKeyIdPattern)
        .Valid<ValidCreateKeyRequest>(TagModel.ToKeyTags(Tags) is { } tags
            ? new ValidCreateKeyRequest(Description, KeyUsage, KeySpec, CustomerMasterKeySpec, Origin, MultiRegion, CustomKeyStoreId, tags, Policy, BypassPolicyLockoutSafetyCheck == true)
            : null);

    // The deprecated CustomerMasterKeySpec enumeration stops where KeySpec went on (no ML-DSA, no Ed25519).
    private static readonly string[] CustomerMasterKeySpecValues =
    [
        "RSA_2048", "RSA_3072", "RSA_4096", "ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "ECC_SECG_P256K1",
        "SYMMETRIC_DEFAULT", "HMAC_224", "HMAC_256", "HMAC_384", "HMAC_512", "SM2",
    ];
}
