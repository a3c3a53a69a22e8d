namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>Recipient</c> of a request (<c>RecipientInfo</c>): a Nitro Enclave attestation, read and ignored (this endpoint answers in plaintext).</summary>
internal sealed class RecipientModel
{
    public string? KeyEncryptionAlgorithm { get; init; }

    public byte[]? AttestationDocument { get; init; }
}
