using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>Verify</c>.</summary>
internal sealed class VerifyRequest : IValidatedKmsRequest<ValidVerifyRequest>
{
    public string? KeyId { get; init; }

    public byte[]? Message { get; init; }

    public string? MessageType { get; init; }

    public byte[]? Signature { get; init; }

    public string? SigningAlgorithm { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidVerifyRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("message", Message).MaxLength("message", Message, Shapes.PlaintextMax)
        .Enum("messageType", MessageType, AlgorithmWireNames.MessageTypeValues)
        .Required("signature", Signature).MaxLength("signature", Signature, Shapes.CiphertextMax)
        .Required("signingAlgorithm", SigningAlgorithm).Enum("signingAlgorithm", SigningAlgorithm, AlgorithmWireNames.SigningAlgorithmValues)
        .GrantTokens(GrantTokens)
        .Valid<ValidVerifyRequest>(KeyId is { } keyId && Message is { } message && Signature is { } signature && SigningAlgorithm is { } signingAlgorithm
            ? new ValidVerifyRequest(keyId, message, MessageType, signature, signingAlgorithm, DryRun)
            : null);
}
