using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>VerifyMac</c>.</summary>
internal sealed class VerifyMacRequest : IValidatedKmsRequest<ValidVerifyMacRequest>
{
    public byte[]? Message { get; init; }

    public string? KeyId { get; init; }

    public string? MacAlgorithm { get; init; }

    public byte[]? Mac { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidVerifyMacRequest> Validate() => new ModelValidator()
        .Required("message", Message).MaxLength("message", Message, Shapes.PlaintextMax)
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("macAlgorithm", MacAlgorithm).Enum("macAlgorithm", MacAlgorithm, AlgorithmWireNames.MacAlgorithmValues)
        .Required("mac", Mac).MaxLength("mac", Mac, Shapes.CiphertextMax)
        .GrantTokens(GrantTokens)
        .Valid<ValidVerifyMacRequest>(KeyId is { } keyId && Message is { } message && MacAlgorithm is { } macAlgorithm && Mac is { } mac
            ? new ValidVerifyMacRequest(keyId, message, macAlgorithm, mac, DryRun)
            : null);
}
