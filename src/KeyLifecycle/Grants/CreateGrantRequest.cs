using System;
using System.Collections.Generic;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Grants;

/// <summary>The parameters of a CreateGrant request, after the protocol layer checked them against the API model.</summary>
/// <param name="KeyArn">The key's ARN (resolved from the request's <c>KeyId</c>).</param>
/// <param name="GranteePrincipal">The request's <c>GranteePrincipal</c>.</param>
/// <param name="Operations">The request's <c>Operations</c>.</param>
/// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html">CreateGrant</see>.</remarks>
public sealed record CreateGrantRequest(KeyArn KeyArn, string GranteePrincipal, IReadOnlyList<GrantOperation> Operations)
{
    /// <summary>Gets the request's <c>RetiringPrincipal</c>, if any.</summary>
    public string? RetiringPrincipal { get; init; }

    /// <summary>Gets the request's <c>Constraints.EncryptionContextEquals</c>, if any.</summary>
    public IReadOnlyDictionary<string, string>? EncryptionContextEquals { get; init; }

    /// <summary>Gets the request's <c>Constraints.EncryptionContextSubset</c>, if any.</summary>
    public IReadOnlyDictionary<string, string>? EncryptionContextSubset { get; init; }

    /// <summary>Gets the request's <c>Name</c>, if any.</summary>
    public string? Name { get; init; }

    /// <summary>Gets when the request is made.</summary>
    public DateTimeOffset Now { get; init; }
}
