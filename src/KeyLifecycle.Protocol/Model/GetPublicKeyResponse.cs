using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The output of <c>GetPublicKey</c>.</summary>
internal sealed class GetPublicKeyResponse
{
    public required string KeyId { get; init; }

    public required byte[] PublicKey { get; init; }

    public required string CustomerMasterKeySpec { get; init; }

    public required string KeySpec { get; init; }

    public required string KeyUsage { get; init; }

    public IReadOnlyList<string>? EncryptionAlgorithms { get; init; }

    public IReadOnlyList<string>? SigningAlgorithms { get; init; }

    public IReadOnlyList<string>? KeyAgreementAlgorithms { get; init; }
}
