using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ReEncrypt</c>.</summary>
internal sealed class ReEncryptRequest : IValidatedKmsRequest<ValidReEncryptRequest>
{
    public byte[]? CiphertextBlob { get; init; }

    public IReadOnlyDictionary<string, string>? SourceEncryptionContext { get; init; }

    public string? SourceKeyId { get; init; }

    public string? DestinationKeyId { get; init; }

    public IReadOnlyDictionary<string, string>? DestinationEncryptionContext { get; init; }

    public string? SourceEncryptionAlgorithm { get; init; }

    public string? DestinationEncryptionAlgorithm { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public bool? DryRun { get; init; }

    public IReadOnlyList<string?>? DryRunModifiers { get; init; }

    public KmsOutcome<ValidReEncryptRequest> Validate() => new ModelValidator()
        .Required("ciphertextBlob", CiphertextBlob).MaxLength("ciphertextBlob", CiphertextBlob, Shapes.CiphertextMax)
        .StringMap("sourceEncryptionContext", SourceEncryptionContext)
        .Length("sourceKeyId", SourceKeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("destinationKeyId", DestinationKeyId).Length("destinationKeyId", DestinationKeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .StringMap("destinationEncryptionContext", DestinationEncryptionContext)
        .Enum("sourceEncryptionAlgorithm", SourceEncryptionAlgorithm, AlgorithmWireNames.EncryptionAlgorithmValues)
        .Enum("destinationEncryptionAlgorithm", DestinationEncryptionAlgorithm, AlgorithmWireNames.EncryptionAlgorithmValues)
        .GrantTokens(GrantTokens)
        .Valid<ValidReEncryptRequest>(CiphertextBlob is { } ciphertextBlob && DestinationKeyId is { } destinationKeyId
            ? new ValidReEncryptRequest(ciphertextBlob, SourceKeyId, SourceEncryptionContext, SourceEncryptionAlgorithm, destinationKeyId, DestinationEncryptionContext, DestinationEncryptionAlgorithm, DryRun)
            : null);
}
