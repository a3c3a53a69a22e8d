using System;
using System.Threading;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>One request's view of the service: who calls, when, and the store; and the resolve-transition-swap loop every change runs through.</summary>
internal sealed class KmsRequestContext(KmsCaller caller, DateTimeOffset now, KmsServices services, CancellationToken requestAborted = default)
{
    /// <summary>How often a change is attempted again after losing a compare-and-swap to a concurrent request.</summary>
    /// <remarks>Each lost attempt means another request's change was committed, so the service as a whole always progresses.</remarks>
    public const int MaxAttempts = 100;

    public KmsCaller Caller { get; } = caller;

    public DateTimeOffset Now { get; } = now;

    public KmsServices Services { get; } = services;

    /// <summary>Cancelled when the client goes away, for a request that waits for something made off the request path.</summary>
    public CancellationToken RequestAborted { get; } = requestAborted;

    public IKmsKeyStore Store => Services.Store;

    public KmsOptions Options => Services.Options;

    /// <summary>Gets the first key this request resolved, which its record names; <see langword="null"/> before one is.</summary>
    public KeyArn? ResolvedKey { get; private set; }

    /// <summary>Resolves <paramref name="keyId"/> against the caller's keys as <paramref name="operation"/> accepts it.</summary>
    /// <remarks>A key whose change on its own is due by <see cref="Now"/> has it applied first, so the request sees the key as it is now.</remarks>
    public KmsOutcome<KmsKey> Resolve(string? keyId, KmsOperation operation)
    {
        var outcome = KeyResolver.Resolve(keyId, Caller, operation, Store).ToOutcome();
        if (outcome.IsSuccess && Services.Housekeeping.ApplyDue(outcome.Value, Now))
        {
            outcome = KeyResolver.Resolve(keyId, Caller, operation, Store).ToOutcome();
        }

        if (ResolvedKey is null && outcome.IsSuccess)
        {
            ResolvedKey = outcome.Value.Arn;
        }

        return outcome;
    }

    /// <summary>
    /// Runs <paramref name="attempt"/>, which reads the store and plans a commit, until its commit succeeds, it fails with
    /// an AWS error, or <see cref="MaxAttempts"/> commits were lost to concurrent requests.
    /// </summary>
    /// <remarks>
    /// A lost commit changed nothing, so the next attempt starts again from resolution and sees the winner's records:
    /// no update is lost, and every decision is taken on the records it commits against.
    /// </remarks>
    public KmsResult Run(Func<KmsOutcome<Plan>> attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        for (var i = 0; i < MaxAttempts; i++)
        {
            var outcome = attempt();
            if (outcome.Error is { } error)
            {
                return KmsResult.Error(error);
            }

            var plan = outcome.Value;
            if (plan.Commit is null || Store.TryCommit(plan.Commit))
            {
                plan.Committed?.Invoke();
                return plan.Response;
            }
        }

        // Starved by concurrent writers to the same records: answer as the service answers a request it sheds.
        return KmsResult.Error(ServiceFault.Of(ServiceFaultKind.Throttling));
    }

    /// <summary>Resolves a key, applies a pure transition, and swaps the old record for the new one.</summary>
    /// <param name="keyId">The request's <c>KeyId</c>.</param>
    /// <param name="operation">The operation, which decides the identifier forms accepted.</param>
    /// <param name="transition">The domain's transition.</param>
    /// <param name="respond">The response for the key as committed.</param>
    /// <returns>The response, or the error of resolution or of the transition.</returns>
    /// <remarks>A transition that returns the same instance changed nothing: no commit is needed.</remarks>
    public KmsResult Update(string? keyId, KmsOperation operation, Func<KmsKey, KmsOutcome<KmsKey>> transition, Func<KmsKey, KmsResult> respond) =>
        Run(() => Resolve(keyId, operation).Then(key => transition(key).Map(updated => new Plan(
            ReferenceEquals(updated, key) ? null : new KeyStoreCommit().Replace(key, updated),
            respond(updated)))));

    /// <summary>Answers <paramref name="error"/> when it is not <see langword="null"/>, otherwise runs <paramref name="next"/>.</summary>
    public static KmsResult Unless(Errors.IKmsError? error, Func<KmsResult> next) => error is null ? next() : KmsResult.Error(error);

    /// <summary>Resolves a key and answers from it, changing nothing.</summary>
    public KmsResult Read(string? keyId, KmsOperation operation, Func<KmsKey, KmsOutcome<KmsResult>> respond)
    {
        var outcome = Resolve(keyId, operation).Then(respond);
        return outcome.Error is { } error ? KmsResult.Error(error) : outcome.Value;
    }
}
