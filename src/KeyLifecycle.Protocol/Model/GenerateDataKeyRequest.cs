using KeyLifecycle.Algorithms;
using KeyLifecycle.Errors;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GenerateDataKey</c> and <c>GenerateDataKeyWithoutPlaintext</c>.</summary>
internal sealed class GenerateDataKeyRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public IReadOnlyDictionary<string, string>? EncryptionContext { get; init; }

    public int? NumberOfBytes { get; init; }

    public string? KeySpec { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public RecipientModel? Recipient { get; init; }

    public bool? DryRun { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .StringMap("encryptionContext", EncryptionContext)
        .Range("numberOfBytes", NumberOfBytes, Shapes.NumberOfBytesMin, Shapes.NumberOfBytesMax)
        .Enum("keySpec", KeySpec, AlgorithmWireNames.DataKeySpecValues)
        .GrantTokens(GrantTokens)
        .Result;
}
