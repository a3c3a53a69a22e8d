using System.Threading;
using System.Threading.Tasks;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>An implementation of the KMS key lifecycle under test: an in-process fake, an emulator, or a live endpoint behind an SDK.</summary>
/// <remarks>
/// <para>
/// Each method performs one KMS call and reports what the implementation answered: <see cref="KmsResponse.Success"/>
/// with what the response says about the key, or <see cref="KmsResponse.Failure(string, string)"/> with the error code
/// (the wire's <c>__type</c>, such as <c>NotFoundException</c>) and the message, exactly as received. An adapter should
/// not interpret or retry: a transport failure is best thrown, which the suite reports as a fault of its own.
/// </para>
/// <para>
/// <c>keyId</c> parameters are passed through unchanged, including text that is not an identifier, the empty string and
/// <see langword="null"/> (a request without <c>KeyId</c>); an adapter that cannot send such a request (an SDK that
/// checks it first) should turn the SDK's refusal into a <see cref="KmsResponse.Failure(string, string)"/> with the
/// code and message the SDK gives, so that the report shows the difference. The suite calls one method at a time.
/// </para>
/// </remarks>
public interface IKmsLifecycleAdapter
{
    /// <summary>Calls <c>CreateKey</c>.</summary>
    /// <param name="request">The parameters: origin, key spec, key usage, multi-Region, description, tags.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, the new key's ARN (<c>KeyMetadata.Arn</c>) and, when reported, its state and <c>Enabled</c> flag.</returns>
    Task<KmsResponse> CreateKeyAsync(KeyCreationRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>EnableKey</c>.</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with no data, or the error.</returns>
    Task<KmsResponse> EnableKeyAsync(string? keyId, CancellationToken cancellationToken);

    /// <summary>Calls <c>DisableKey</c>.</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with no data, or the error.</returns>
    Task<KmsResponse> DisableKeyAsync(string? keyId, CancellationToken cancellationToken);

    /// <summary>Calls <c>ScheduleKeyDeletion</c>.</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="pendingWindowInDays">The <c>PendingWindowInDays</c> member; <see langword="null"/> leaves it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, the response's <c>KeyId</c> as <see cref="KmsResponse.KeyArn"/> and its <c>KeyState</c> when present; or the error.</returns>
    Task<KmsResponse> ScheduleKeyDeletionAsync(string? keyId, int? pendingWindowInDays, CancellationToken cancellationToken);

    /// <summary>Calls <c>CancelKeyDeletion</c>.</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, the response's <c>KeyId</c> as <see cref="KmsResponse.KeyArn"/>; or the error.</returns>
    Task<KmsResponse> CancelKeyDeletionAsync(string? keyId, CancellationToken cancellationToken);

    /// <summary>Calls <c>DescribeKey</c>.</summary>
    /// <param name="keyId">The <c>KeyId</c> member as sent; <see langword="null"/> leaves it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>On success, <c>KeyMetadata.Arn</c>, <c>KeyMetadata.KeyState</c> and <c>KeyMetadata.Enabled</c>; or the error.</returns>
    Task<KmsResponse> DescribeKeyAsync(string? keyId, CancellationToken cancellationToken);
}
