using System;
using System.Threading;
using System.Threading.Tasks;
using KeyLifecycle.Testing.Conformance;

namespace KeyLifecycle.Testing.Tests.Conformance;

/// <summary>A deliberately wrong implementation: the domain adapter with the faults KMS emulators are known for (the specification's section 6).</summary>
/// <remarks>
/// Each fault can be switched on alone: EnableKey and DisableKey ignore PendingDeletion (the key leaves it), CancelKeyDeletion
/// succeeds on a key that is not pending deletion, and "Invalid keyId" messages lose their quotes.
/// </remarks>
public sealed class SloppyAdapter(DomainKmsAdapter inner, SloppyAdapter.Faults faults) : IKmsLifecycleAdapter
{
    [Flags]
    public enum Faults
    {
        None = 0,
        EnableOrDisablePendingDeletion = 1,
        CancelAnyKey = 2,
        UnquotedInvalidKeyId = 4,
        All = EnableOrDisablePendingDeletion | CancelAnyKey | UnquotedInvalidKeyId,
    }

    public Task<KmsResponse> CreateKeyAsync(KeyCreationRequest request, CancellationToken cancellationToken) =>
        inner.CreateKeyAsync(request, cancellationToken);

    public async Task<KmsResponse> EnableKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        await LeavePendingDeletionAsync(keyId, cancellationToken) is { } left
            ? await inner.EnableKeyAsync(left, cancellationToken)
            : Unquote(await inner.EnableKeyAsync(keyId, cancellationToken));

    public async Task<KmsResponse> DisableKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        await LeavePendingDeletionAsync(keyId, cancellationToken) is { } left
            ? await inner.DisableKeyAsync(left, cancellationToken)
            : Unquote(await inner.DisableKeyAsync(keyId, cancellationToken));

    public async Task<KmsResponse> ScheduleKeyDeletionAsync(string? keyId, int? pendingWindowInDays, CancellationToken cancellationToken) =>
        Unquote(await inner.ScheduleKeyDeletionAsync(keyId, pendingWindowInDays, cancellationToken));

    public async Task<KmsResponse> CancelKeyDeletionAsync(string? keyId, CancellationToken cancellationToken)
    {
        var response = await inner.CancelKeyDeletionAsync(keyId, cancellationToken);
        return faults.HasFlag(Faults.CancelAnyKey) && response.ErrorMessage?.EndsWith(" is not pending deletion.", StringComparison.Ordinal) == true
            ? KmsResponse.Success(keyId)
            : Unquote(response);
    }

    public async Task<KmsResponse> DescribeKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        Unquote(await inner.DescribeKeyAsync(keyId, cancellationToken));

    // Cancels the deletion of a key pending deletion, so that the caller's EnableKey or DisableKey succeeds on it.
    private async Task<string?> LeavePendingDeletionAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (!faults.HasFlag(Faults.EnableOrDisablePendingDeletion))
        {
            return null;
        }

        var described = await inner.DescribeKeyAsync(keyId, cancellationToken);
        if (described.KeyState != "PendingDeletion")
        {
            return null;
        }

        await inner.CancelKeyDeletionAsync(keyId, cancellationToken);
        return keyId;
    }

    private KmsResponse Unquote(KmsResponse response) =>
        faults.HasFlag(Faults.UnquotedInvalidKeyId) && response.ErrorMessage is { } message && message.StartsWith("Invalid keyId '", StringComparison.Ordinal)
            ? KmsResponse.Failure(response.ErrorCode!, "Invalid keyId " + message["Invalid keyId '".Length..^1])
            : response;
}
