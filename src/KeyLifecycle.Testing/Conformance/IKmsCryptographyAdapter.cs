using System;
using System.Threading;
using System.Threading.Tasks;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>
/// An implementation under test that also serves the cryptographic calls a key's state governs: <c>Encrypt</c>,
/// <c>Decrypt</c> and <c>GenerateDataKey</c> with symmetric encryption keys.
/// </summary>
/// <remarks>
/// <see cref="ConformanceSuite"/> adds these calls to its scenarios when the adapter implements this interface (and
/// <see cref="ConformanceOptions.CryptographicOperations"/> is on), and judges each by the key-state table: refused
/// exactly when the key's state refuses it, with the service's error, and otherwise answered with the plaintext that was
/// encrypted. The rules for <c>keyId</c> are those of <see cref="IKmsLifecycleAdapter"/>.
/// </remarks>
public interface IKmsCryptographyAdapter : IKmsLifecycleAdapter
{
    /// <summary>Calls <c>Encrypt</c> with no encryption context and no <c>EncryptionAlgorithm</c> (so <c>SYMMETRIC_DEFAULT</c>).</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="plaintext">The <c>Plaintext</c> member.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, the response's <c>KeyId</c> as <see cref="KmsResponse.KeyArn"/> and its <c>CiphertextBlob</c>; or the error.</returns>
    Task<KmsResponse> EncryptAsync(string? keyId, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken);

    /// <summary>Calls <c>Decrypt</c> with no encryption context and no <c>EncryptionAlgorithm</c>.</summary>
    /// <param name="ciphertextBlob">The <c>CiphertextBlob</c> member: a blob the same implementation returned.</param>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out, which a symmetric ciphertext allows.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, the response's <c>KeyId</c> as <see cref="KmsResponse.KeyArn"/> and its <c>Plaintext</c>; or the error.</returns>
    Task<KmsResponse> DecryptAsync(ReadOnlyMemory<byte> ciphertextBlob, string? keyId, CancellationToken cancellationToken);

    /// <summary>Calls <c>GenerateDataKey</c> with <c>KeySpec</c> <c>AES_256</c> and no encryption context.</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, the response's <c>KeyId</c> as <see cref="KmsResponse.KeyArn"/>, its <c>CiphertextBlob</c> and its <c>Plaintext</c>; or the error.</returns>
    Task<KmsResponse> GenerateDataKeyAsync(string? keyId, CancellationToken cancellationToken);
}
