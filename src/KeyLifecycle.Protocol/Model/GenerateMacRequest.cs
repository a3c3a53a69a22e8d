using KeyLifecycle.Algorithms;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GenerateMac</c>.</summary>
internal sealed class GenerateMacRequest : IValidatedKmsRequest<ValidGenerateMacRequest>
{
    public byte[]? Message { get; init; }

    public string? KeyId { get; init; }

    public string? MacAlgorithm { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidGenerateMacRequest> Validate() => new ModelValidator()
        .Required("message", Message).MaxLength("message", Message, Shapes.PlaintextMax)
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("macAlgorithm", MacAlgorithm).Enum("macAlgorithm", MacAlgorithm, AlgorithmWireNames.MacAlgorithmValues)
        .GrantTokens(GrantTokens)
        .Valid<ValidGenerateMacRequest>(KeyId is { } keyId && Message is { } message && MacAlgorithm is { } macAlgorithm
            ? new ValidGenerateMacRequest(keyId, message, macAlgorithm, DryRun)
            : null);
}
