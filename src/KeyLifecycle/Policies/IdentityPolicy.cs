using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle.Policies;

/// <summary>
/// An IAM identity-based policy attached to a user or role: statements of <c>Effect</c>, <c>Action</c>/<c>NotAction</c>,
/// <c>Resource</c>/<c>NotResource</c> and <c>Condition</c>, without a <c>Principal</c> (the principal is whoever the policy
/// is attached to).
/// </summary>
/// <remarks>
/// <para>
/// Made by <see cref="Parse(string)"/>, with the key policy grammar (the same action, wildcard and condition rules) and IAM's two
/// rules for identity policies: a statement must not name a principal and must name resources. <see cref="Evaluate"/> folds a
/// principal's policies into the <see cref="PolicyOutcome"/> that <see cref="PolicyRequest.IdentityDecision"/> carries into
/// <see cref="KeyPolicyEvaluator"/>. See
/// <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</see>.
/// </para>
/// <para>Immutable and thread safe.</para>
/// </remarks>
public sealed class IdentityPolicy
{
    private readonly ImmutableArray<PolicyStatement> _statements;

    internal IdentityPolicy(string text, string? version, ImmutableArray<PolicyStatement> statements)
    {
        Text = text;
        Version = version;
        _statements = statements;
    }

    /// <summary>Gets the document as it was given.</summary>
    public string Text { get; }

    /// <summary>Gets the policy language version, or <see langword="null"/> when the document names none.</summary>
    public string? Version { get; }

    /// <summary>Gets the statements, in document order.</summary>
    public IReadOnlyList<PolicyStatement> Statements => _statements;

    /// <summary>Parses and validates an identity-based policy document.</summary>
    /// <param name="text">The JSON document.</param>
    /// <returns>The policy, or the <c>MalformedPolicyDocument</c> refusal: the key policy grammar's, or
    /// <see cref="MalformedPolicyDocument.PrincipalInIdentityPolicy"/> or <see cref="MalformedPolicyDocument.NoResource"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<IdentityPolicy, MalformedPolicyDocument> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return KeyPolicyParser.ParseIdentity(text);
    }

    /// <summary>Returns what <paramref name="policies"/>, a principal's identity-based policies, decide for <paramref name="request"/>.</summary>
    /// <param name="policies">The policies attached to the caller.</param>
    /// <param name="request">The request; its <see cref="PolicyRequest.IdentityDecision"/> is not read.</param>
    /// <returns><see cref="PolicyOutcome.ExplicitDeny"/> when a matching statement denies, otherwise <see cref="PolicyOutcome.Allow"/> when one allows,
    /// otherwise <see cref="PolicyOutcome.ImplicitDeny"/>.</returns>
    public static PolicyOutcome Evaluate(IReadOnlyList<IdentityPolicy> policies, PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(request);
        var outcome = PolicyOutcome.ImplicitDeny;
        for (var i = 0; i < policies.Count; i++)
        {
            foreach (var statement in policies[i]._statements)
            {
                if (!statement.AppliesTo(request))
                {
                    continue;
                }

                if (statement.Effect == PolicyEffect.Deny)
                {
                    return PolicyOutcome.ExplicitDeny;
                }

                outcome = PolicyOutcome.Allow;
            }
        }

        return outcome;
    }

    /// <summary>Returns the policy's text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
