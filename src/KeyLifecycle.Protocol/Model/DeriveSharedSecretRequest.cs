using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>DeriveSharedSecret</c>.</summary>
internal sealed class DeriveSharedSecretRequest : IValidatedKmsRequest<ValidDeriveSharedSecretRequest>
{
    public string? KeyId { get; init; }

    public string? KeyAgreementAlgorithm { get; init; }

    public byte[]? PublicKey { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public bool? DryRun { get; init; }

    public RecipientModel? Recipient { get; init; }

    public KmsOutcome<ValidDeriveSharedSecretRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("keyAgreementAlgorithm", KeyAgreementAlgorithm).Enum("keyAgreementAlgorithm", KeyAgreementAlgorithm, AlgorithmWireNames.KeyAgreementAlgorithmValues)
        .Required("publicKey", PublicKey).MaxLength("publicKey", PublicKey, Shapes.PublicKeyMax)
        .GrantTokens(GrantTokens)
        .Valid<ValidDeriveSharedSecretRequest>(KeyId is { } keyId && PublicKey is { } publicKey
            ? new ValidDeriveSharedSecretRequest(keyId, publicKey, DryRun)
            : null);
}
