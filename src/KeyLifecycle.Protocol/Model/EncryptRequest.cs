using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>Encrypt</c>.</summary>
internal sealed class EncryptRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public byte[]? Plaintext { get; init; }

    public IReadOnlyDictionary<string, string>? EncryptionContext { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public string? EncryptionAlgorithm { get; init; }

    public bool? DryRun { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("plaintext", Plaintext).MaxLength("plaintext", Plaintext, Shapes.PlaintextMax)
        .Strings("grantTokens", GrantTokens, Shapes.GrantTokenMin, Shapes.GrantTokenMax)
        .Enum("encryptionAlgorithm", EncryptionAlgorithm, AlgorithmWireNames.EncryptionAlgorithmValues)
        .Result;
}
