using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Policies;

/// <summary>One entry of a statement's <c>Principal</c> or <c>NotPrincipal</c>: everyone, an account, an IAM principal, a service or a federated provider.</summary>
internal readonly struct PrincipalPattern
{
    private PrincipalPattern(PrincipalPatternKind kind, KmsPrincipal principal, AwsAccountId account, string? text)
    {
        Kind = kind;
        Principal = principal;
        Account = account;
        Text = text;
    }

    public PrincipalPatternKind Kind { get; }

    /// <summary>The IAM principal or service (kinds <see cref="PrincipalPatternKind.Identity"/> and <see cref="PrincipalPatternKind.Account"/>).</summary>
    public KmsPrincipal Principal { get; }

    public AwsAccountId Account { get; }

    /// <summary>The federated provider's name.</summary>
    public string? Text { get; }

    public static PrincipalPattern Everyone { get; } = new(PrincipalPatternKind.Everyone, default, default, null);

    /// <summary>An account, written as its ID (partition unknown) or its root ARN.</summary>
    public static PrincipalPattern ForAccount(AwsAccountId account, KmsPrincipal root) => new(PrincipalPatternKind.Account, root, account, null);

    public static PrincipalPattern ForIdentity(KmsPrincipal principal) => new(PrincipalPatternKind.Identity, principal, default, null);

    public static PrincipalPattern ForFederated(string provider) => new(PrincipalPatternKind.Federated, default, default, provider);

    /// <summary>Returns how this entry matches <paramref name="caller"/>.</summary>
    public PrincipalMatch Match(in KmsPrincipal caller)
    {
        switch (Kind)
        {
            case PrincipalPatternKind.Everyone:
                return PrincipalMatch.Direct;
            case PrincipalPatternKind.Account:
                // The account's root user is the account; its other IAM principals are delegated to its identity policies.
                if (caller.Kind == PrincipalKind.Service || caller.AccountId != Account
                    || (Principal.Kind != PrincipalKind.None && caller.Partition != Principal.Partition))
                {
                    return PrincipalMatch.None;
                }

                return caller.Kind == PrincipalKind.AccountRoot ? PrincipalMatch.Direct : PrincipalMatch.ViaAccount;
            case PrincipalPatternKind.Identity:
                return Principal.Kind switch
                {
                    PrincipalKind.IamRole => caller.IsRoleOrSessionOf(Principal) ? PrincipalMatch.Direct : PrincipalMatch.None,
                    PrincipalKind.Service => caller.Kind == PrincipalKind.Service
                        && string.Equals(caller.ToString(), Principal.ToString(), StringComparison.OrdinalIgnoreCase)
                        ? PrincipalMatch.Direct : PrincipalMatch.None,
                    PrincipalKind.None or PrincipalKind.AccountRoot or PrincipalKind.IamUser or PrincipalKind.AssumedRole
                        or PrincipalKind.FederatedUser => caller.Kind == Principal.Kind && string.Equals(caller.ToString(), Principal.ToString(), StringComparison.Ordinal)
                        ? PrincipalMatch.Direct : PrincipalMatch.None,
                };
            case PrincipalPatternKind.Federated:
                return string.Equals(caller.ToString(), Text, StringComparison.Ordinal) ? PrincipalMatch.Direct : PrincipalMatch.None;
        }

        return PrincipalMatch.None;
    }
}
