using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using OneOf;

namespace KeyLifecycle.Grants;

/// <summary>The pure decisions of the grant operations: CreateGrant, RetireGrant, RevokeGrant, ListGrants and ListRetirableGrants.</summary>
/// <remarks>
/// Each takes the grants the host holds and returns the grant to store or delete; none reads a clock or generates an ID.
/// Whether the caller may call the operation at all is <see cref="KeyPolicyEvaluator"/>'s decision, made first; RetireGrant's
/// own rule of who may retire is decided here. See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/grants.html">Grants in AWS KMS</see>.
/// </remarks>
public static class GrantTransitions
{
    /// <summary>Validates a CreateGrant request and returns the grant to store: a new one, or the existing grant of the same name and parameters with the new token added.</summary>
    /// <param name="request">The request.</param>
    /// <param name="issuer">The caller, whose account issues the grant.</param>
    /// <param name="grantsOnKey">The key's grants.</param>
    /// <param name="newGrantId">The ID to give a new grant.</param>
    /// <param name="newGrantToken">The token this call returns.</param>
    /// <returns>The grant to store (replacing any grant of the same ID), or the <c>ValidationException</c> KMS answers.</returns>
    /// <remarks>
    /// Refusals: <c>Grants must contain at least one operation.</c> (the project's choice), <c>Grants must not contain only the CreateGrant operation.</c> and <c>More than one constraint supplied</c>, both
    /// recorded from the service; a grantee or retiring principal that is not an IAM principal ARN or service principal is
    /// refused with <c>Invalid principal: '&lt;value&gt;'</c> (the project's choice). With a <c>Name</c>, a request whose
    /// grantee, retiring principal, operations and constraint equal an existing grant's of that name returns that grant
    /// (its ID) and adds the new token, as the service does for retries.
    /// </remarks>
    public static OneOf<KmsGrant, ValidationFailed> CreateGrant(
        CreateGrantRequest request,
        KmsPrincipal issuer,
        IReadOnlyList<KmsGrant> grantsOnKey,
        string newGrantId,
        string newGrantToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(grantsOnKey);
        ArgumentException.ThrowIfNullOrEmpty(newGrantId);
        ArgumentException.ThrowIfNullOrEmpty(newGrantToken);
        ArgumentNullException.ThrowIfNull(request.Operations);

        if (!KmsPrincipal.TryParse(request.GranteePrincipal, out var grantee))
        {
            return InvalidPrincipal(request.GranteePrincipal);
        }

        KmsPrincipal? retiring = null;
        if (request.RetiringPrincipal is { } retiringText)
        {
            if (!KmsPrincipal.TryParse(retiringText, out var parsed))
            {
                return InvalidPrincipal(retiringText);
            }

            retiring = parsed;
        }

        var operations = ImmutableArray.CreateBuilder<GrantOperation>();
        foreach (var operation in request.Operations)
        {
            if (!operations.Contains(operation))
            {
                operations.Add(operation);
            }
        }

        // Not recorded (the model sets no minimum, the service refuses an empty list): the project's text.
        if (operations.Count == 0)
        {
            return new ValidationFailed("Grants must contain at least one operation.");
        }

        // Recorded: ValidationException "Grants must not contain only the CreateGrant operation." (ansible/ansible#31960).
        if (operations.Count == 1 && operations[0] == GrantOperation.CreateGrant)
        {
            return new ValidationFailed("Grants must not contain only the CreateGrant operation.");
        }

        // Recorded: ValidationException "More than one constraint supplied" (aws/aws-sdk-java#328).
        if (request.EncryptionContextEquals is not null && request.EncryptionContextSubset is not null)
        {
            return new ValidationFailed("More than one constraint supplied");
        }

        var constraints = request.EncryptionContextEquals is { } equals ? GrantConstraints.EncryptionContextEquals(equals)
            : request.EncryptionContextSubset is { } subset ? GrantConstraints.EncryptionContextSubset(subset)
            : null;

        if (request.Name is { } name)
        {
            for (var i = 0; i < grantsOnKey.Count; i++)
            {
                var existing = grantsOnKey[i];
                if (existing.Name == name && existing.KeyArn == request.KeyArn && existing.GranteePrincipal == grantee
                    && existing.RetiringPrincipal == retiring && Equals(existing.Constraints, constraints)
                    && SameSet(existing.Operations, operations))
                {
                    return existing with { GrantTokens = existing.GrantTokens.Add(newGrantToken) };
                }
            }
        }

        return new KmsGrant
        {
            GrantId = newGrantId,
            GrantTokens = [newGrantToken],
            KeyArn = request.KeyArn,
            GranteePrincipal = grantee,
            RetiringPrincipal = retiring,
            Operations = operations.ToImmutable(),
            Constraints = constraints,
            Name = request.Name,
            CreationDate = request.Now,
            IssuingAccount = issuer.Kind == PrincipalKind.Service ? issuer : KmsPrincipal.AccountRoot(issuer.Partition, issuer.AccountId),
        };
    }

    /// <summary>Finds the grant RetireGrant names by its token and decides whether the caller may retire it.</summary>
    /// <param name="grantToken">The request's <c>GrantToken</c>.</param>
    /// <param name="caller">The caller.</param>
    /// <param name="grants">The grants the host holds (of every key the token could name).</param>
    /// <returns>The grant to delete, <see cref="NotFound"/>, or <see cref="AccessDenied"/> when the caller may not retire it.</returns>
    public static OneOf<KmsGrant, NotFound, AccessDenied> RetireGrant(string grantToken, KmsPrincipal caller, IReadOnlyList<KmsGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grantToken);
        ArgumentNullException.ThrowIfNull(grants);
        for (var i = 0; i < grants.Count; i++)
        {
            if (grants[i].GrantTokens.Contains(grantToken))
            {
                return Retire(grants[i], caller);
            }
        }

        return NotFound.Grant(grantToken);
    }

    /// <summary>Finds the grant RetireGrant names by key and grant ID and decides whether the caller may retire it.</summary>
    /// <param name="keyArn">The key.</param>
    /// <param name="grantId">The request's <c>GrantId</c>.</param>
    /// <param name="caller">The caller.</param>
    /// <param name="grantsOnKey">The key's grants.</param>
    /// <returns>The grant to delete, <see cref="NotFound"/>, or <see cref="AccessDenied"/> when the caller may not retire it.</returns>
    public static OneOf<KmsGrant, NotFound, AccessDenied> RetireGrant(KeyArn keyArn, string grantId, KmsPrincipal caller, IReadOnlyList<KmsGrant> grantsOnKey)
    {
        var found = Find(keyArn, grantId, grantsOnKey);
        return found.TryPickT1(out var missing, out var grant) ? missing : Retire(grant, caller);
    }

    /// <summary>Finds the grant RevokeGrant names.</summary>
    /// <param name="keyArn">The key.</param>
    /// <param name="grantId">The request's <c>GrantId</c>.</param>
    /// <param name="grantsOnKey">The key's grants.</param>
    /// <returns>The grant to delete, or <see cref="NotFound"/>.</returns>
    /// <remarks>Who may revoke is the key policy's decision (<c>kms:RevokeGrant</c>), made before this.</remarks>
    public static OneOf<KmsGrant, NotFound> RevokeGrant(KeyArn keyArn, string grantId, IReadOnlyList<KmsGrant> grantsOnKey) =>
        Find(keyArn, grantId, grantsOnKey);

    /// <summary>Returns the grants ListGrants lists: those on the key, optionally only one grant ID and one grantee, in creation order.</summary>
    /// <param name="keyArn">The key.</param>
    /// <param name="grants">The grants the host holds.</param>
    /// <param name="grantId">The request's <c>GrantId</c> filter, if any.</param>
    /// <param name="granteePrincipal">The request's <c>GranteePrincipal</c> filter, if any.</param>
    /// <returns>The matching grants; paging is the host's.</returns>
    public static IReadOnlyList<KmsGrant> ListGrants(KeyArn keyArn, IReadOnlyList<KmsGrant> grants, string? grantId = null, string? granteePrincipal = null)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var result = new List<KmsGrant>();
        foreach (var grant in grants)
        {
            if (grant.KeyArn == keyArn
                && (grantId is null || grant.GrantId == grantId)
                && (granteePrincipal is null || grant.GranteePrincipal.ToString() == granteePrincipal))
            {
                result.Add(grant);
            }
        }

        result.Sort(static (a, b) => a.CreationDate.CompareTo(b.CreationDate));
        return result;
    }

    /// <summary>Returns the grants ListRetirableGrants lists: those whose retiring principal is <paramref name="retiringPrincipal"/>, in creation order.</summary>
    /// <param name="retiringPrincipal">The request's <c>RetiringPrincipal</c>.</param>
    /// <param name="grants">The grants the host holds, of every key in the account and Region.</param>
    /// <returns>The matching grants; paging is the host's.</returns>
    public static IReadOnlyList<KmsGrant> ListRetirableGrants(string retiringPrincipal, IReadOnlyList<KmsGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(retiringPrincipal);
        ArgumentNullException.ThrowIfNull(grants);
        var result = new List<KmsGrant>();
        foreach (var grant in grants)
        {
            if (grant.RetiringPrincipal is { } retiring && retiring.ToString() == retiringPrincipal)
            {
                result.Add(grant);
            }
        }

        result.Sort(static (a, b) => a.CreationDate.CompareTo(b.CreationDate));
        return result;
    }

    /// <summary>Returns whether <paramref name="caller"/> may retire <paramref name="grant"/>.</summary>
    /// <remarks>
    /// "You can retire a grant if you are the retiring principal, the grantee principal of a grant that includes the RetireGrant
    /// operation, or the AWS account in which the grant was created" (<see href="https://docs.aws.amazon.com/kms/latest/developerguide/grant-delete.html">Retiring and revoking grants</see>).
    /// A role named as retiring or grantee principal covers its sessions.
    /// </remarks>
    public static bool MayRetire(KmsGrant grant, KmsPrincipal caller)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return (grant.RetiringPrincipal is { } retiring && Is(caller, retiring))
            || (grant.Operations.Contains(GrantOperation.RetireGrant) && Is(caller, grant.GranteePrincipal))
            || caller == grant.IssuingAccount;
    }

    private static OneOf<KmsGrant, NotFound, AccessDenied> Retire(KmsGrant grant, KmsPrincipal caller) =>
        MayRetire(grant, caller)
            ? grant
            : AccessDenied.ByPolicy(caller, KmsAction.For(KmsOperation.RetireGrant), grant.KeyArn, DenialReason.NoResourceBasedPolicyAllows);

    private static OneOf<KmsGrant, NotFound> Find(KeyArn keyArn, string grantId, IReadOnlyList<KmsGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grantId);
        ArgumentNullException.ThrowIfNull(grants);
        for (var i = 0; i < grants.Count; i++)
        {
            if (grants[i].KeyArn == keyArn && grants[i].GrantId == grantId)
            {
                return grants[i];
            }
        }

        return NotFound.Grant(grantId);
    }

    private static bool Is(KmsPrincipal caller, KmsPrincipal named) =>
        named.Kind == PrincipalKind.IamRole ? caller.IsRoleOrSessionOf(named) : caller == named;

    private static bool SameSet(ImmutableArray<GrantOperation> existing, ImmutableArray<GrantOperation>.Builder requested)
    {
        if (existing.Length != requested.Count)
        {
            return false;
        }

        foreach (var operation in requested)
        {
            if (!existing.Contains(operation))
            {
                return false;
            }
        }

        return true;
    }

    private static ValidationFailed InvalidPrincipal(string value) => new($"Invalid principal: '{value}'");
}
