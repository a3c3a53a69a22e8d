using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GenerateDataKeyPair</c> and <c>GenerateDataKeyPairWithoutPlaintext</c>.</summary>
internal sealed class GenerateDataKeyPairRequest : IKmsRequest
{
    public IReadOnlyDictionary<string, string>? EncryptionContext { get; init; }

    public string? KeyId { get; init; }

    public string? KeyPairSpec { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public RecipientModel? Recipient { get; init; }

    public bool? DryRun { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .StringMap("encryptionContext", EncryptionContext)
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("keyPairSpec", KeyPairSpec).Enum("keyPairSpec", KeyPairSpec, AlgorithmWireNames.DataKeyPairSpecValues)
        .GrantTokens(GrantTokens)
        .Result;
}
