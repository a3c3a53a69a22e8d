namespace KeyLifecycle.Algorithms;

/// <summary>What the <c>Message</c> of a <c>Sign</c> or <c>Verify</c> request is (<c>MessageType</c>).</summary>
public enum MessageType
{
    /// <summary><c>RAW</c>: the message itself; the service hashes it as the signing algorithm says.</summary>
    Raw,

    /// <summary><c>DIGEST</c>: the digest of the message, of the length the signing algorithm's hash produces.</summary>
    Digest,

    /// <summary><c>EXTERNAL_MU</c>: an ML-DSA message representative computed by the caller.</summary>
    ExternalMu,
}
