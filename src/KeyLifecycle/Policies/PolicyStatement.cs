using System.Collections.Immutable;

namespace KeyLifecycle.Policies;

/// <summary>One statement of a key policy: who (<c>Principal</c>), may or may not (<c>Effect</c>) do what (<c>Action</c>) on what (<c>Resource</c>), when (<c>Condition</c>).</summary>
/// <remarks>
/// Made only by <see cref="KeyPolicy.Parse(string)"/>. A statement without <c>Action</c>/<c>NotAction</c> or without
/// <c>Resource</c>/<c>NotResource</c> is accepted and has no effect, as KMS documents for
/// <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html">PutKeyPolicy</see>. Immutable and thread safe.
/// </remarks>
public sealed class PolicyStatement
{
    internal PolicyStatement(
        string? sid,
        PolicyEffect effect,
        ImmutableArray<PrincipalPattern> principals,
        bool notPrincipal,
        ImmutableArray<string> actions,
        bool notAction,
        ImmutableArray<string> resources,
        bool notResource,
        ImmutableArray<PolicyCondition> conditions)
    {
        Sid = sid;
        Effect = effect;
        Principals = principals;
        NotPrincipal = notPrincipal;
        Actions = actions;
        NotAction = notAction;
        Resources = resources;
        NotResource = notResource;
        Conditions = conditions;
    }

    /// <summary>Gets the statement's identifier, or <see langword="null"/> when it has none.</summary>
    public string? Sid { get; }

    /// <summary>Gets whether the statement allows or denies.</summary>
    public PolicyEffect Effect { get; }

    /// <summary>Gets a value indicating whether the statement has an effect: it names actions and resources.</summary>
    public bool IsEffective => !Actions.IsDefault && !Resources.IsDefault;

    internal ImmutableArray<PrincipalPattern> Principals { get; }

    internal bool NotPrincipal { get; }

    /// <summary>The action patterns; default when the statement names none.</summary>
    internal ImmutableArray<string> Actions { get; }

    internal bool NotAction { get; }

    /// <summary>The resource patterns; default when the statement names none.</summary>
    internal ImmutableArray<string> Resources { get; }

    internal bool NotResource { get; }

    internal ImmutableArray<PolicyCondition> Conditions { get; }

    /// <summary>Returns how the statement applies to <paramref name="request"/>: not at all, directly, or through the caller's account.</summary>
    internal PrincipalMatch Match(PolicyRequest request)
    {
        var principal = MatchPrincipal(request.Principal);
        return principal != PrincipalMatch.None && AppliesTo(request) ? principal : PrincipalMatch.None;
    }

    /// <summary>Returns whether the statement's action, resource and conditions apply to <paramref name="request"/>, whoever the principal: how an identity-based policy's statement, which names none, is matched.</summary>
    internal bool AppliesTo(PolicyRequest request)
    {
        if (!IsEffective
            || AnyMatches(Actions, request.Action.ToString(), ignoreCase: true) == NotAction
            || AnyMatches(Resources, request.Resource, ignoreCase: false) == NotResource)
        {
            return false;
        }

        foreach (var condition in Conditions)
        {
            if (!condition.IsSatisfied(request))
            {
                return false;
            }
        }

        return true;
    }

    private PrincipalMatch MatchPrincipal(in KmsPrincipal caller)
    {
        var best = PrincipalMatch.None;
        foreach (var pattern in Principals)
        {
            var match = pattern.Match(caller);
            if (match == PrincipalMatch.Direct)
            {
                best = match;
                break;
            }

            if (match == PrincipalMatch.ViaAccount)
            {
                best = match;
            }
        }

        if (NotPrincipal)
        {
            return best == PrincipalMatch.None ? PrincipalMatch.Direct : PrincipalMatch.None;
        }

        return best;
    }

    private static bool AnyMatches(ImmutableArray<string> patterns, string text, bool ignoreCase)
    {
        foreach (var pattern in patterns)
        {
            if (PolicyWildcard.IsMatch(pattern, text, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
