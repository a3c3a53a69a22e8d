using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>Decrypt</c>.</summary>
internal sealed class DecryptRequest : IValidatedKmsRequest<ValidDecryptRequest>
{
    public byte[]? CiphertextBlob { get; init; }

    public IReadOnlyDictionary<string, string>? EncryptionContext { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public string? KeyId { get; init; }

    public string? EncryptionAlgorithm { get; init; }

    public RecipientModel? Recipient { get; init; }

    public bool? DryRun { get; init; }

    public IReadOnlyList<string?>? DryRunModifiers { get; init; }

    public KmsOutcome<ValidDecryptRequest> Validate() => new ModelValidator()
        .Required("ciphertextBlob", CiphertextBlob).MaxLength("ciphertextBlob", CiphertextBlob, Shapes.CiphertextMax)
        .StringMap("encryptionContext", EncryptionContext)
        .GrantTokens(GrantTokens)
        .Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Enum("encryptionAlgorithm", EncryptionAlgorithm, AlgorithmWireNames.EncryptionAlgorithmValues)
        .Valid<ValidDecryptRequest>(CiphertextBlob is { } ciphertextBlob
            ? new ValidDecryptRequest(ciphertextBlob, KeyId, EncryptionContext, EncryptionAlgorithm, DryRun)
            : null);
}
