using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Testing.Conformance;

/// <summary>An in-process implementation of the lifecycle calls over KeyLifecycle's own domain: keys in a dictionary, changed only by <see cref="KeyTransitions"/>.</summary>
/// <remarks>
/// <para>
/// It is the smallest complete embedding of the domain (resolve the <c>KeyId</c> with <see cref="KeyResolver"/>, apply
/// the transition, store the new key) and so the suite's control: it conforms by construction, and a suite run against
/// it that reports a fault points at the suite. Use it as a model for an adapter over your own code.
/// </para>
/// <para>Thread-safe: calls are serialized by a lock. Keys live as long as the instance.</para>
/// </remarks>
public sealed class DomainKmsAdapter : IKmsLifecycleAdapter, IKeyLookup
{
    private readonly object _gate = new();
    private readonly Dictionary<KeyArn, KmsKey> _keys = [];
    private readonly TimeProvider _time;

    /// <summary>Creates an empty implementation answering as <paramref name="caller"/>'s endpoint.</summary>
    /// <param name="caller">The partition, Region and account requests come from.</param>
    /// <param name="time">The clock for creation and deletion dates; <see langword="null"/> for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> is <see langword="null"/>.</exception>
    public DomainKmsAdapter(KmsCaller caller, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Caller = caller;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Gets the caller every request is made as.</summary>
    public KmsCaller Caller { get; }

    /// <inheritdoc/>
    public Task<KmsResponse> CreateKeyAsync(KeyCreationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (!KmsKey.Create(request, Guid.NewGuid(), Caller, _time.GetUtcNow()).TryPick(out var key, out var error))
            {
                return Task.FromResult(Failure(error));
            }

            _keys[key.Arn] = key;
            return Task.FromResult(Describe(key));
        }
    }

    /// <inheritdoc/>
    public Task<KmsResponse> EnableKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        Change(keyId, KmsOperation.EnableKey, key => KeyTransitions.EnableKey(key).ToOutcome(), _ => KmsResponse.Success());

    /// <inheritdoc/>
    public Task<KmsResponse> DisableKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        Change(keyId, KmsOperation.DisableKey, key => KeyTransitions.DisableKey(key).ToOutcome(), _ => KmsResponse.Success());

    /// <inheritdoc/>
    public Task<KmsResponse> ScheduleKeyDeletionAsync(string? keyId, int? pendingWindowInDays, CancellationToken cancellationToken) =>
        Change(
            keyId,
            KmsOperation.ScheduleKeyDeletion,
            key => KeyTransitions.ScheduleKeyDeletion(key, pendingWindowInDays, _time.GetUtcNow()).ToOutcome(),
            key => KmsResponse.Success(key.Arn.ToString(), key.State.ToWireName()));

    /// <inheritdoc/>
    public Task<KmsResponse> CancelKeyDeletionAsync(string? keyId, CancellationToken cancellationToken) =>
        Change(keyId, KmsOperation.CancelKeyDeletion, key => KeyTransitions.CancelKeyDeletion(key).ToOutcome(), key => KmsResponse.Success(key.Arn.ToString()));

    /// <inheritdoc/>
    public Task<KmsResponse> DescribeKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        Change(keyId, KmsOperation.DescribeKey, key => key, Describe);

    /// <inheritdoc/>
    KmsKey? IKeyLookup.FindKey(KeyArn keyArn) => _keys.GetValueOrDefault(keyArn);

    /// <inheritdoc/>
    KeyArn? IKeyLookup.FindAliasTarget(AliasArn aliasArn) => null;

    private Task<KmsResponse> Change(string? keyId, KmsOperation operation, Func<KmsKey, KmsOutcome<KmsKey>> transition, Func<KmsKey, KmsResponse> answer)
    {
        lock (_gate)
        {
            if (!KeyResolver.Resolve(keyId, Caller, operation, this).ToOutcome().Then(transition).TryPick(out var changed, out var error))
            {
                return Task.FromResult(Failure(error));
            }

            _keys[changed.Arn] = changed;
            return Task.FromResult(answer(changed));
        }
    }

    private static KmsResponse Describe(KmsKey key) => KmsResponse.Success(key.Arn.ToString(), key.State.ToWireName(), key.Enabled);

    private static KmsResponse Failure(IKmsError error) => KmsResponse.Failure(error.ErrorCode, error.Message);
}
