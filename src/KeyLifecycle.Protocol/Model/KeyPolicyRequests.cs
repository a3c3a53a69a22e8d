using System.Collections.Generic;
using System.Text.RegularExpressions;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>GetKeyPolicy</c>.</summary>
internal sealed class GetKeyPolicyRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public string? PolicyName { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .PolicyName(PolicyName)
        .Result;
}

/// <summary>The input of <c>PutKeyPolicy</c>.</summary>
internal sealed class PutKeyPolicyRequest : IValidatedKmsRequest<ValidPutKeyPolicyRequest>
{
    public string? KeyId { get; init; }

    public string? PolicyName { get; init; }

    public string? Policy { get; init; }

    public bool? BypassPolicyLockoutSafetyCheck { get; init; }

    public KmsOutcome<ValidPutKeyPolicyRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .PolicyName(PolicyName)
        .Required("policy", Policy).Length("policy", Policy, Shapes.PolicyMin, Shapes.PolicyMax)
        .Valid<ValidPutKeyPolicyRequest>(KeyId is { } keyId && Policy is { } policy
            ? new ValidPutKeyPolicyRequest(keyId, PolicyName, policy, BypassPolicyLockoutSafetyCheck == true)
            : null);
}

/// <summary>A <see cref="PutKeyPolicyRequest"/> that passed model validation.</summary>
internal readonly record struct ValidPutKeyPolicyRequest(string KeyId, string? PolicyName, string Policy, bool BypassPolicyLockoutSafetyCheck);

/// <summary>The input of <c>ListKeyPolicies</c>.</summary>
internal sealed class ListKeyPoliciesRequest : ListRequest
{
    public string? KeyId { get; init; }

    public override ValidationFailed? Validate() => Paging(new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax))
        .Result;
}

/// <summary>The output of <c>GetKeyPolicy</c>.</summary>
internal sealed class GetKeyPolicyResponse
{
    public required string Policy { get; init; }

    public required string PolicyName { get; init; }
}

/// <summary>The output of <c>ListKeyPolicies</c>.</summary>
internal sealed class ListKeyPoliciesResponse
{
    public required IReadOnlyList<string> PolicyNames { get; init; }

    public string? NextMarker { get; init; }

    public required bool Truncated { get; init; }
}

/// <summary>The model's constraint on <c>PolicyName</c> (<c>PolicyNameType</c>: 1 to 128 word characters).</summary>
internal static partial class PolicyNameShape
{
    public const string Pattern = "[\\w]+";

    public static ModelValidator PolicyName(this ModelValidator validator, string? policyName) => validator
        .Length("policyName", policyName, 1, 128)
        .Pattern("policyName", policyName, Regex(), Pattern);

    [GeneratedRegex("^[\\w]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Regex();
}
