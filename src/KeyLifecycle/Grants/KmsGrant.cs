using System;
using System.Collections.Immutable;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Grants;

/// <summary>A grant on a KMS key: it allows its grantee principal its operations on the key, under its constraint.</summary>
/// <remarks>
/// Made only by <see cref="GrantTransitions.CreateGrant"/>. The host generates <see cref="GrantId"/> and the grant tokens
/// (the domain has no randomness). Grants are deleted with their key. See
/// <see href="https://docs.aws.amazon.com/kms/latest/developerguide/grants.html">Grants in AWS KMS</see>. Immutable and thread safe.
/// </remarks>
public sealed record KmsGrant
{
    internal KmsGrant()
    {
    }

    /// <summary>Gets the grant's ID (KMS uses 64 hexadecimal digits).</summary>
    public string GrantId { get; internal init; } = string.Empty;

    /// <summary>Gets the grant tokens CreateGrant returned for this grant (one per call, a repeated call by name included), each usable at once in RetireGrant.</summary>
    public ImmutableArray<string> GrantTokens { get; internal init; } = [];

    /// <summary>Gets the key the grant is on.</summary>
    public KeyArn KeyArn { get; internal init; }

    /// <summary>Gets the principal the grant allows.</summary>
    public KmsPrincipal GranteePrincipal { get; internal init; }

    /// <summary>Gets the principal that may retire the grant, if any.</summary>
    public KmsPrincipal? RetiringPrincipal { get; internal init; }

    /// <summary>Gets the operations the grant allows, in the order CreateGrant named them, without repeats.</summary>
    public ImmutableArray<GrantOperation> Operations { get; internal init; } = [];

    /// <summary>Gets the grant's encryption-context constraint, if any.</summary>
    public GrantConstraints? Constraints { get; internal init; }

    /// <summary>Gets the grant's name, or <see langword="null"/>.</summary>
    public string? Name { get; internal init; }

    /// <summary>Gets when the grant was created.</summary>
    public DateTimeOffset CreationDate { get; internal init; }

    /// <summary>Gets the account root that issued the grant, such as <c>arn:aws:iam::111122223333:root</c>.</summary>
    public KmsPrincipal IssuingAccount { get; internal init; }

    /// <summary>Returns whether the grant allows <paramref name="request"/>: its grantee (a role's grant covers the role's sessions), its operation, its key, and its constraint on the request's encryption context.</summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> when the grant allows the request.</returns>
    /// <remarks>The constraint applies to the operations that take an encryption context; a grant's other operations (<c>DescribeKey</c>, <c>RetireGrant</c>, ...) are allowed whatever the request's encryption context.</remarks>
    public bool Allows(PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.KeyArn != KeyArn || !GrantOperations.TryGetFor(request.Action, out var operation) || !Operations.Contains(operation))
        {
            return false;
        }

        var caller = request.Principal;
        var grantee = GranteePrincipal;
        var isGrantee = grantee.Kind == PrincipalKind.IamRole ? caller.IsRoleOrSessionOf(grantee) : caller == grantee;
        if (!isGrantee)
        {
            return false;
        }

        return Constraints is null || !operation.TakesEncryptionContext() || Constraints.IsSatisfiedBy(request.EncryptionContext);
    }
}
