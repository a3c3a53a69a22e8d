using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>Sign</c>.</summary>
internal sealed class SignRequest : IValidatedKmsRequest<ValidSignRequest>
{
    public string? KeyId { get; init; }

    public byte[]? Message { get; init; }

    public string? MessageType { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public string? SigningAlgorithm { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidSignRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("message", Message).MaxLength("message", Message, Shapes.PlaintextMax)
        .Enum("messageType", MessageType, AlgorithmWireNames.MessageTypeValues)
        .GrantTokens(GrantTokens)
        .Required("signingAlgorithm", SigningAlgorithm).Enum("signingAlgorithm", SigningAlgorithm, AlgorithmWireNames.SigningAlgorithmValues)
        .Valid<ValidSignRequest>(KeyId is { } keyId && Message is { } message && SigningAlgorithm is { } signingAlgorithm
            ? new ValidSignRequest(keyId, message, MessageType, signingAlgorithm, DryRun)
            : null);
}
