using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Errors;

/// <summary>The caller may not perform the operation on the key: <c>AccessDeniedException</c>.</summary>
/// <param name="Principal">The caller's ARN, such as <c>arn:aws:iam::111122223333:root</c>.</param>
/// <param name="Operation">The refused operation.</param>
/// <param name="KeyArn">The key's ARN.</param>
/// <remarks>
/// The domain answers this for lifecycle operations on AWS managed keys, whose key policy grants no such permission;
/// the wording is the IAM denial text. Transitions name the account root as the principal; a host that knows the
/// caller's identity can replace it with <c>with { Principal = ... }</c>. <see cref="KeyPolicyEvaluator"/>'s refusals
/// (<see cref="ByPolicy(KmsPrincipal, KmsAction, KeyArn, DenialReason)"/>) also name the action (<c>kms:ReEncryptFrom</c> for ReEncrypt) and the <see cref="Reason"/>, whose
/// wordings are IAM's: see <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_access-denied-error-messages.html">Access denied error messages</see>.
/// </remarks>
public sealed record AccessDenied(string Principal, KmsOperation Operation, KeyArn KeyArn) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "AccessDeniedException";

    /// <inheritdoc/>
    public string Message
    {
        get
        {
            var action = Action == default ? "kms:" + Operation.ToWireName() : Action.ToString();
            var resource = Resource ?? KeyArn.ToString();
            return Reason switch
            {
                DenialReason.ExplicitDenyInResourceBasedPolicy =>
                    $"User: {Principal} is not authorized to perform: {action} on resource: {resource} with an explicit deny in a resource-based policy",
                DenialReason.ExplicitDenyInIdentityBasedPolicy =>
                    $"User: {Principal} is not authorized to perform: {action} on resource: {resource} with an explicit deny in an identity-based policy",
                DenialReason.NoIdentityBasedPolicyAllows =>
                    $"User: {Principal} is not authorized to perform: {action} on resource: {resource} because no identity-based policy allows the {action} action",
                DenialReason.NoResourceBasedPolicyAllows or DenialReason.None =>
                    $"User: {Principal} is not authorized to perform: {action} on resource: {resource} because no resource-based policy allows the {action} action",
            };
        }
    }

    /// <summary>Gets why the request was refused, which decides the message's ending; <see cref="DenialReason.NoResourceBasedPolicyAllows"/> unless set.</summary>
    public DenialReason Reason { get; init; } = DenialReason.NoResourceBasedPolicyAllows;

    /// <summary>Gets the resource the message names when it is not a key (<c>*</c> for <c>kms:CreateKey</c>, an alias ARN); <see langword="null"/> for <see cref="KeyArn"/>.</summary>
    public string? Resource { get; init; }

    /// <summary>Gets the action the message names when it is not <c>kms:&lt;Operation&gt;</c> (such as <c>kms:ReEncryptFrom</c>); the default value otherwise.</summary>
    public KmsAction Action { get; init; }

    /// <summary>Returns the refusal of <paramref name="action"/> on <paramref name="keyArn"/> to <paramref name="principal"/> for <paramref name="reason"/>.</summary>
    /// <param name="principal">The caller.</param>
    /// <param name="action">The refused action.</param>
    /// <param name="keyArn">The key.</param>
    /// <param name="reason">Why; <see cref="DenialReason.None"/> reads as <see cref="DenialReason.NoResourceBasedPolicyAllows"/>.</param>
    /// <returns>The refusal.</returns>
    public static AccessDenied ByPolicy(KmsPrincipal principal, KmsAction action, KeyArn keyArn, DenialReason reason)
    {
        var name = action.OperationName;
        var operation = name is "ReEncryptFrom" or "ReEncryptTo" ? KmsOperation.ReEncrypt
            : KmsWireNames.TryParseKmsOperation(name, out var parsed) ? parsed : default;
        return new AccessDenied(principal.ToString(), operation, keyArn) { Reason = reason, Action = action };
    }

    /// <summary>Returns the refusal of <paramref name="action"/> on <paramref name="resource"/>, which is not a key, to <paramref name="principal"/> for <paramref name="reason"/>.</summary>
    /// <param name="principal">The caller.</param>
    /// <param name="action">The refused action, such as <c>kms:CreateKey</c>.</param>
    /// <param name="resource">The resource the message names: <c>*</c>, or an alias ARN.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The refusal; its <see cref="KeyArn"/> is the default value, and its <see cref="Operation"/> is the default value unless the action names a key operation.</returns>
    public static AccessDenied ByPolicy(KmsPrincipal principal, KmsAction action, string resource, DenialReason reason) =>
        ByPolicy(principal, action, default(KeyArn), reason) with { Resource = resource };

    /// <summary>Returns the denial of <paramref name="operation"/> on <paramref name="keyArn"/> to the root user of the key's account.</summary>
    /// <param name="operation">The refused operation.</param>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>The denial, naming <c>arn:&lt;partition&gt;:iam::&lt;account&gt;:root</c>.</returns>
    public static AccessDenied ToAccountRoot(KmsOperation operation, KeyArn keyArn) =>
        new($"arn:{keyArn.Partition}:iam::{keyArn.AccountId}:root", operation, keyArn);
}
