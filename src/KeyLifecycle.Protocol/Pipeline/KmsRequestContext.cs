using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Threading;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Storage;
using KeyLifecycle.Resolution;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>One request's view of the service: who calls, when, and the store; and the resolve-transition-swap loop every change runs through.</summary>
internal sealed class KmsRequestContext(KmsCaller caller, DateTimeOffset now, KmsServices services, IPAddress? sourceIp = null, CancellationToken requestAborted = default)
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

    /// <summary>The caller's address, for <c>aws:SourceIp</c>; <see langword="null"/> when the host does not know it.</summary>
    public IPAddress? SourceIp { get; } = sourceIp;

    /// <summary>Resolves <paramref name="keyId"/> against the caller's keys as <paramref name="operation"/> accepts it, and authorizes the caller to perform it on the key.</summary>
    /// <param name="keyId">The request's key identifier.</param>
    /// <param name="operation">The operation, which decides the identifier forms accepted and the permission asked for.</param>
    /// <param name="conditions">Adds the request's own condition keys (encryption context, algorithms, ...) to the policy request; <see langword="null"/> for none.</param>
    /// <remarks>
    /// A key whose change on its own is due by <see cref="Now"/> has it applied first, so the request sees the key as it is now.
    /// The order is the service's: an identifier that names no key is <c>NotFoundException</c>, then a caller the key's policy,
    /// grants and identity policies do not allow is <c>AccessDeniedException</c>, and only then the key's state is checked (by
    /// the operation's transition, which runs on the key returned).
    /// </remarks>
    public KmsOutcome<KmsKey> Resolve(string? keyId, KmsOperation operation, Func<PolicyRequest, PolicyRequest>? conditions = null) =>
        Resolve(keyId, operation, KmsAction.For(operation), conditions);

    /// <summary>Resolves <paramref name="keyId"/> as <paramref name="operation"/> accepts it and authorizes <paramref name="action"/> on it: how ReEncrypt asks for <c>kms:ReEncryptFrom</c> and <c>kms:ReEncryptTo</c>.</summary>
    public KmsOutcome<KmsKey> Resolve(string? keyId, KmsOperation operation, KmsAction action, Func<PolicyRequest, PolicyRequest>? conditions = null)
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

        // kms:ListAliases is an IAM permission on no resource: its KeyId filter does not ask the key's policy. Who may
        // retire a grant is the grant's to say (GrantTransitions.MayRetire), not the key policy's.
        if (outcome.IsSuccess && operation is not (KmsOperation.ListAliases or KmsOperation.RetireGrant) && Authorize(outcome.Value, action, keyId, conditions) is { } denied)
        {
            return KmsOutcome<KmsKey>.Fail(denied);
        }

        return outcome;
    }

    /// <summary>Decides whether the caller may perform <paramref name="action"/> on <paramref name="key"/>: the key's policy, its grants and the caller's identity policies.</summary>
    /// <param name="key">The key.</param>
    /// <param name="action">The permission asked for.</param>
    /// <param name="keyId">The identifier the request named the key by, for <c>kms:RequestAlias</c>; <see langword="null"/> when it named none (Decrypt by ciphertext).</param>
    /// <param name="conditions">Adds the request's own condition keys; <see langword="null"/> for none.</param>
    /// <returns><see langword="null"/> when allowed, otherwise the <c>AccessDeniedException</c>.</returns>
    public AccessDenied? Authorize(KmsKey key, KmsAction action, string? keyId, Func<PolicyRequest, PolicyRequest>? conditions)
    {
        ArgumentNullException.ThrowIfNull(key);
        var caller = Caller;
        var stored = Store.FindKeyPolicy(key.Arn);

        // The default key policy allows kms:* to the key account's root, which delegates to the account's identity
        // policies: a caller of that account with every identity permission (every caller until principals are
        // configured) is allowed whatever the request. Deciding that builds nothing, so the common request allocates nothing here.
        if (stored is null && caller.IdentityPolicies is null && caller.AccountId == key.AccountId && caller.Partition == key.Arn.Partition)
        {
            return null;
        }

        var policy = stored ?? Services.DefaultPolicyFor(key.Arn);
        var request = PolicyRequest.Create(caller.Principal, action, key.Arn, PolicyOutcome.ImplicitDeny).WithKey(key);
        request = WithGlobalValues(request);
        if (keyId is not null && AliasRequested(keyId) is { } alias)
        {
            request = request.WithValues("kms:RequestAlias", alias);
        }

        if (AliasesOf(key) is { Count: > 0 } aliases)
        {
            request = request.WithValues("kms:ResourceAliases", aliases);
        }

        request = conditions?.Invoke(request) ?? request;
        request = request.WithIdentityDecision(caller.IdentityDecision(request));
        var decision = KeyPolicyEvaluator.Evaluate(policy, [], request);

        // The key's grants can only add an allow: they are read when the policies alone do not allow and deny nothing.
        if (!decision.IsAllowed && decision.Reason is not (DenialReason.ExplicitDenyInResourceBasedPolicy or DenialReason.ExplicitDenyInIdentityBasedPolicy)
            && Store.ListGrants(key.Arn) is { Count: > 0 } grants)
        {
            decision = KeyPolicyEvaluator.Evaluate(policy, grants, request);
        }

        return decision.IsAllowed ? null : AccessDenied.ByPolicy(request.Principal, request.Action, request.KeyArn, decision.Reason);
    }

    /// <summary>Decides an action that only identity-based policies govern: <c>kms:CreateKey</c>, <c>kms:ListKeys</c>, <c>kms:GenerateRandom</c>, the alias half of the alias operations, ...</summary>
    /// <param name="action">The permission asked for.</param>
    /// <param name="resource">The resource: <c>*</c>, or an alias ARN.</param>
    /// <param name="conditions">Adds the request's own condition keys; <see langword="null"/> for none.</param>
    /// <returns><see langword="null"/> when allowed, otherwise the <c>AccessDeniedException</c>.</returns>
    public AccessDenied? AuthorizeIdentity(KmsAction action, string resource, Func<PolicyRequest, PolicyRequest>? conditions = null)
    {
        var caller = Caller;
        if (caller.IdentityPolicies is null)
        {
            return null;
        }

        var request = WithGlobalValues(PolicyRequest.ForResource(caller.Principal, action, resource, PolicyOutcome.ImplicitDeny));
        request = conditions?.Invoke(request) ?? request;
        request = request.WithIdentityDecision(caller.IdentityDecision(request));
        return KeyPolicyEvaluator.AuthorizeIdentity(request).TryPickT1(out var denied, out _) ? denied : null;
    }

    // The global condition keys every request has: the time, and the caller's address when known. The endpoint is
    // served over plain HTTP, so aws:SecureTransport is false.
    private PolicyRequest WithGlobalValues(PolicyRequest request)
    {
        request = request
            .WithValues("aws:CurrentTime", Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .WithValue("aws:EpochTime", Now.ToUnixTimeSeconds())
            .WithValue("aws:SecureTransport", false);
        return SourceIp is { } address ? request.WithValues("aws:SourceIp", (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()) : request;
    }

    // kms:RequestAlias is the alias name the request used, as alias/<name>, whether it gave the name or the alias ARN.
    private static string? AliasRequested(string keyId)
    {
        if (keyId.StartsWith("alias/", StringComparison.Ordinal))
        {
            return keyId;
        }

        var at = keyId.IndexOf(":alias/", StringComparison.Ordinal);
        return keyId.StartsWith("arn:", StringComparison.Ordinal) && at > 0 ? keyId[(at + 1)..] : null;
    }

    // kms:ResourceAliases: the names of the aliases that point at the key, in its account and Region.
    private List<string> AliasesOf(KmsKey key)
    {
        var names = new List<string>();
        foreach (var alias in Store.ListAliases(key.AccountId, key.Region))
        {
            if (alias.TargetKeyArn == key.Arn)
            {
                names.Add(alias.Name.ToString());
            }
        }

        return names;
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
    /// <param name="conditions">Adds the request's own condition keys to the authorization; <see langword="null"/> for none.</param>
    public KmsResult Update(
        string? keyId, KmsOperation operation, Func<KmsKey, KmsOutcome<KmsKey>> transition, Func<KmsKey, KmsResult> respond, Func<PolicyRequest, PolicyRequest>? conditions = null) =>
        Run(() => Resolve(keyId, operation, conditions).Then(key => transition(key).Map(updated => new Plan(
            ReferenceEquals(updated, key) ? null : new KeyStoreCommit().Replace(key, updated),
            respond(updated)))));

    /// <summary>Answers <paramref name="error"/> when it is not <see langword="null"/>, otherwise runs <paramref name="next"/>.</summary>
    public static KmsResult Unless(Errors.IKmsError? error, Func<KmsResult> next) => error is null ? next() : KmsResult.Error(error);

    /// <summary>Resolves a key and answers from it, changing nothing.</summary>
    public KmsResult Read(string? keyId, KmsOperation operation, Func<KmsKey, KmsOutcome<KmsResult>> respond, Func<PolicyRequest, PolicyRequest>? conditions = null)
    {
        var outcome = Resolve(keyId, operation, conditions).Then(respond);
        return outcome.Error is { } error ? KmsResult.Error(error) : outcome.Value;
    }
}
