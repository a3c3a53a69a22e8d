using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>Encrypt</c>.</summary>
internal sealed class EncryptRequest : IValidatedKmsRequest<ValidEncryptRequest>
{
    public string? KeyId { get; init; }

    public byte[]? Plaintext { get; init; }

    public IReadOnlyDictionary<string, string>? EncryptionContext { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public string? EncryptionAlgorithm { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidEncryptRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("plaintext", Plaintext).MaxLength("plaintext", Plaintext, Shapes.PlaintextMax)
        .StringMap("encryptionContext", EncryptionContext)
        .GrantTokens(GrantTokens)
        .Enum("encryptionAlgorithm", EncryptionAlgorithm, AlgorithmWireNames.EncryptionAlgorithmValues)
        .Valid<ValidEncryptRequest>(KeyId is { } keyId && Plaintext is { } plaintext
            ? new ValidEncryptRequest(keyId, plaintext, EncryptionContext, EncryptionAlgorithm, DryRun)
            : null);
}
