using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Snapshots;
using OneOf;

namespace KeyLifecycle.Grants;

/// <summary>A grant on a KMS key: it allows its grantee principal its operations on the key, under its constraint.</summary>
/// <remarks>
/// Made by <see cref="GrantTransitions.CreateGrant"/>, and made again from what a store wrote by <see cref="FromSnapshot"/>. The host generates <see cref="GrantId"/> and the grant tokens
/// (the domain has no randomness). Grants are deleted with their key. See
/// <see href="https://docs.aws.amazon.com/kms/latest/developerguide/grants.html">Grants in AWS KMS</see>. Immutable and thread safe.
/// </remarks>
public sealed record KmsGrant
{
    /// <summary>The longest grant ID the API model allows (<c>GrantIdType</c>).</summary>
    public const int MaxGrantIdLength = 128;

    /// <summary>The longest grant token the API model allows (<c>GrantTokenType</c>).</summary>
    public const int MaxGrantTokenLength = 8192;

    /// <summary>The longest grant name the API model allows (<c>GrantNameType</c>).</summary>
    public const int MaxNameLength = 256;

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

    /// <summary>Makes a stored grant again from its members, if they fit together as <see cref="GrantTransitions.CreateGrant"/> leaves them.</summary>
    /// <param name="grantId">The grant's ID: 1 to 128 characters, as the API model's <c>GrantIdType</c> allows.</param>
    /// <param name="grantTokens">The grant's tokens, at least one, each 1 to 8192 characters and none twice.</param>
    /// <param name="keyArn">The key the grant is on.</param>
    /// <param name="granteePrincipal">The grantee principal.</param>
    /// <param name="retiringPrincipal">The retiring principal, or <see langword="null"/>.</param>
    /// <param name="operations">The operations, at least one, each a defined member and none twice, in the order CreateGrant named them.</param>
    /// <param name="constraints">The encryption-context constraint, or <see langword="null"/>.</param>
    /// <param name="name">The grant's name, or <see langword="null"/>; when present, 1 to 256 characters.</param>
    /// <param name="creationDate">When the grant was created.</param>
    /// <param name="issuingAccount">The account root (or service principal) that issued the grant.</param>
    /// <returns>The grant, equal to the one stored; or <see cref="SnapshotRejected"/> naming the first member that no grant could have.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grantTokens"/> or <paramref name="operations"/> is <see langword="null"/>.</exception>
    /// <remarks>For durable stores, as <see cref="KmsKey.FromSnapshot"/> is: stores hand in only what they wrote.</remarks>
    public static OneOf<KmsGrant, SnapshotRejected> FromSnapshot(
        string grantId,
        IEnumerable<string> grantTokens,
        KeyArn keyArn,
        KmsPrincipal granteePrincipal,
        KmsPrincipal? retiringPrincipal,
        IEnumerable<GrantOperation> operations,
        GrantConstraints? constraints,
        string? name,
        DateTimeOffset creationDate,
        KmsPrincipal issuingAccount)
    {
        ArgumentNullException.ThrowIfNull(grantTokens);
        ArgumentNullException.ThrowIfNull(operations);
        var tokens = ImmutableArray.CreateRange(grantTokens);
        var allowed = ImmutableArray.CreateRange(operations);
        if (string.IsNullOrEmpty(grantId) || grantId.Length > MaxGrantIdLength)
        {
            return new SnapshotRejected($"GrantId '{grantId}' is not 1 to {MaxGrantIdLength} characters.");
        }

        if (keyArn == default)
        {
            return new SnapshotRejected("KeyArn is missing.");
        }

        if (tokens.IsEmpty)
        {
            return new SnapshotRejected("GrantTokens is empty: CreateGrant returns a token with every grant.");
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            if (string.IsNullOrEmpty(tokens[i]) || tokens[i].Length > MaxGrantTokenLength || tokens.IndexOf(tokens[i], 0, i, StringComparer.Ordinal) >= 0)
            {
                return new SnapshotRejected($"GrantTokens[{i}] is empty, longer than {MaxGrantTokenLength} characters, or a repeat.");
            }
        }

        if (granteePrincipal.Kind == PrincipalKind.None || retiringPrincipal is { Kind: PrincipalKind.None } || issuingAccount.Kind == PrincipalKind.None)
        {
            return new SnapshotRejected("GranteePrincipal, RetiringPrincipal or IssuingAccount is no principal.");
        }

        if (allowed.IsEmpty)
        {
            return new SnapshotRejected("Operations is empty.");
        }

        for (var i = 0; i < allowed.Length; i++)
        {
            if (allowed[i] is < GrantOperation.Decrypt or > GrantOperation.DeriveSharedSecret || allowed.IndexOf(allowed[i], 0, i) >= 0)
            {
                return new SnapshotRejected($"Operations[{i}] ({(int)allowed[i]}) is not a grant operation, or a repeat.");
            }
        }

        if (name is not null && (name.Length == 0 || name.Length > MaxNameLength))
        {
            return new SnapshotRejected($"Name '{name}' is not 1 to {MaxNameLength} characters.");
        }

        return new KmsGrant
        {
            GrantId = grantId,
            GrantTokens = tokens,
            KeyArn = keyArn,
            GranteePrincipal = granteePrincipal,
            RetiringPrincipal = retiringPrincipal,
            Operations = allowed,
            Constraints = constraints,
            Name = name,
            CreationDate = creationDate,
            IssuingAccount = issuingAccount,
        };
    }

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
