using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>DeriveSharedSecret</c>.</summary>
internal sealed class DeriveSharedSecretRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public string? KeyAgreementAlgorithm { get; init; }

    public byte[]? PublicKey { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public bool? DryRun { get; init; }

    public RecipientModel? Recipient { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("keyAgreementAlgorithm", KeyAgreementAlgorithm).Enum("keyAgreementAlgorithm", KeyAgreementAlgorithm, AlgorithmWireNames.KeyAgreementAlgorithmValues)
        .Required("publicKey", PublicKey).MaxLength("publicKey", PublicKey, Shapes.PublicKeyMax)
        .Strings("grantTokens", GrantTokens, Shapes.GrantTokenMin, Shapes.GrantTokenMax)
        .Result;
}
