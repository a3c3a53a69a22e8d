namespace KeyLifecycle.Algorithms;

/// <summary>A key agreement algorithm (<c>KeyAgreementAlgorithmSpec</c>).</summary>
public enum KeyAgreementAlgorithm
{
    /// <summary><c>ECDH</c>: elliptic-curve Diffie-Hellman; the result is the raw shared secret.</summary>
    Ecdh,
}
