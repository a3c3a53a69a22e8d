using System.Collections.Generic;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Testing;

/// <summary>A generated authorization question: a key policy (as text and parsed), the key's grants, and a request with its raw parts.</summary>
/// <param name="PolicyText">The key policy document.</param>
/// <param name="Policy">The document parsed by <see cref="KeyPolicy.Parse(string)"/>.</param>
/// <param name="Grants">The key's grants, made by <see cref="GrantTransitions.CreateGrant"/>.</param>
/// <param name="Principal">The caller.</param>
/// <param name="Action">The action.</param>
/// <param name="KeyArn">The key.</param>
/// <param name="IdentityDecision">What the caller's identity policies decide.</param>
/// <param name="ConditionValues">The condition keys the request carries besides those its principal and encryption context imply.</param>
/// <param name="EncryptionContext">The request's encryption context.</param>
/// <remarks>The raw parts let an independent oracle answer the same question without the library's request type.</remarks>
public sealed record PolicyScenario(
    string PolicyText,
    KeyPolicy Policy,
    IReadOnlyList<KmsGrant> Grants,
    KmsPrincipal Principal,
    KmsAction Action,
    KeyArn KeyArn,
    PolicyOutcome IdentityDecision,
    IReadOnlyDictionary<string, string[]> ConditionValues,
    IReadOnlyDictionary<string, string> EncryptionContext)
{
    /// <summary>Builds the library's request from the raw parts.</summary>
    /// <returns>The request.</returns>
    public PolicyRequest ToRequest()
    {
        var request = PolicyRequest.Create(Principal, Action, KeyArn, IdentityDecision);
        if (EncryptionContext.Count > 0)
        {
            request = request.WithEncryptionContext(EncryptionContext);
        }

        foreach (var (key, values) in ConditionValues)
        {
            request = request.WithValues(key, values);
        }

        return request;
    }
}
