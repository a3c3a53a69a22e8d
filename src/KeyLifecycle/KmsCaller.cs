using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle;

/// <summary>Who is calling and where: the partition, Region and account a request's identifiers are resolved against, and the principal its permissions are evaluated for.</summary>
/// <remarks>
/// Made by <see cref="Create"/>, which finds the partition the Region belongs to and makes the caller the account's root user
/// with every identity permission; <see cref="As"/> makes it an IAM user, role or session with its identity-based policies.
/// Immutable and thread-safe.
/// </remarks>
public sealed record KmsCaller
{
    private KmsCaller(AwsPartition partition, AwsRegion region, AwsAccountId accountId, KmsPrincipal principal, IReadOnlyList<IdentityPolicy>? identityPolicies)
    {
        Partition = partition;
        Region = region;
        AccountId = accountId;
        Principal = principal;
        IdentityPolicies = identityPolicies;
    }

    /// <summary>The caller's partition, such as <c>aws</c>.</summary>
    public AwsPartition Partition { get; }

    /// <summary>The Region of the endpoint the request was sent to.</summary>
    public AwsRegion Region { get; }

    /// <summary>The caller's account.</summary>
    public AwsAccountId AccountId { get; }

    /// <summary>The principal making the request: the account's root user unless <see cref="As"/> said otherwise.</summary>
    public KmsPrincipal Principal { get; }

    /// <summary>The identity-based policies attached to <see cref="Principal"/>; <see langword="null"/> when the caller has every identity permission (the account root, or a principal configured without policies).</summary>
    public IReadOnlyList<IdentityPolicy>? IdentityPolicies { get; }

    /// <summary>Returns what the caller's identity-based policies decide for <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns><see cref="PolicyOutcome.Allow"/> for a caller with every identity permission, otherwise <see cref="IdentityPolicy.Evaluate"/>'s outcome.</returns>
    public PolicyOutcome IdentityDecision(PolicyRequest request) =>
        IdentityPolicies is { } policies ? IdentityPolicy.Evaluate(policies, request) : PolicyOutcome.Allow;

    /// <summary>Returns this caller acting as <paramref name="principal"/>, whose identity-based policies are <paramref name="identityPolicies"/>.</summary>
    /// <param name="principal">An IAM user, role, assumed-role session, federated user or account root of the caller's partition; its account becomes the caller's.</param>
    /// <param name="identityPolicies">The principal's identity-based policies; <see langword="null"/> for every identity permission.</param>
    /// <returns>The caller, in the same Region.</returns>
    /// <exception cref="ArgumentException"><paramref name="principal"/> is a service principal, no principal, or of another partition.</exception>
    public KmsCaller As(KmsPrincipal principal, IReadOnlyList<IdentityPolicy>? identityPolicies)
    {
        if (principal.Kind is PrincipalKind.None or PrincipalKind.Service)
        {
            throw new ArgumentException("A caller is an account root, an IAM user or role, or a session: not a service principal or no principal.", nameof(principal));
        }

        if (principal.Partition != Partition)
        {
            throw new ArgumentException($"The principal '{principal}' is in the partition '{principal.Partition}', the caller's Region in '{Partition}'.", nameof(principal));
        }

        return new KmsCaller(Partition, Region, principal.AccountId, principal, identityPolicies);
    }

    /// <summary>Returns the caller for <paramref name="region"/> and <paramref name="accountId"/>, in the partition the Region belongs to.</summary>
    /// <param name="region">The endpoint's Region.</param>
    /// <param name="accountId">The caller's account.</param>
    /// <returns>The caller.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> belongs to no known partition, or an argument is <see langword="default"/>.</exception>
    public static KmsCaller Create(AwsRegion region, AwsAccountId accountId)
    {
        if (accountId == default)
        {
            throw new ArgumentException("The account ID is the default value, which is not an account ID.", nameof(accountId));
        }

        if (!AwsPartition.TryGetForRegion(region, out var partition))
        {
            throw new ArgumentException($"The Region '{region}' belongs to no known AWS partition.", nameof(region));
        }

        return new KmsCaller(partition, region, accountId, KmsPrincipal.AccountRoot(partition, accountId), null);
    }

    /// <summary>Returns the ARN of the key with <paramref name="keyId"/> in the caller's account and Region.</summary>
    /// <param name="keyId">The key ID.</param>
    /// <returns>The key ARN.</returns>
    public KeyArn KeyArnFor(KeyId keyId) => KeyArn.Create(Partition, Region, AccountId, keyId);

    /// <summary>Returns the ARN of the alias <paramref name="aliasName"/> in the caller's account and Region.</summary>
    /// <param name="aliasName">The alias name.</param>
    /// <returns>The alias ARN.</returns>
    public AliasArn AliasArnFor(AliasName aliasName) => AliasArn.Create(Partition, Region, AccountId, aliasName);
}
