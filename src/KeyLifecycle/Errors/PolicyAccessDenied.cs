using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Errors;

/// <summary>The key policy, grants and identity policies do not let the caller do it: <c>AccessDeniedException</c>, with the reason IAM names.</summary>
/// <param name="Principal">The caller.</param>
/// <param name="Action">The refused action, such as <c>kms:Encrypt</c>.</param>
/// <param name="KeyArn">The key.</param>
/// <param name="Reason">Why; not <see cref="DenialReason.None"/>.</param>
/// <remarks>
/// The message is <c>User: &lt;principal ARN&gt; is not authorized to perform: kms:&lt;Action&gt; on resource: &lt;key ARN&gt;</c>
/// followed by <c>because no resource-based policy allows the kms:&lt;Action&gt; action</c>,
/// <c>with an explicit deny in a resource-based policy</c>, <c>because no identity-based policy allows the kms:&lt;Action&gt; action</c>
/// or <c>with an explicit deny in an identity-based policy</c>. See
/// <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_access-denied-error-messages.html">Access denied error messages</see>.
/// </remarks>
public sealed record PolicyAccessDenied(KmsPrincipal Principal, KmsAction Action, KeyArn KeyArn, DenialReason Reason) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "AccessDeniedException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        DenialReason.ExplicitDenyInResourceBasedPolicy =>
            $"User: {Principal} is not authorized to perform: {Action} on resource: {KeyArn} with an explicit deny in a resource-based policy",
        DenialReason.ExplicitDenyInIdentityBasedPolicy =>
            $"User: {Principal} is not authorized to perform: {Action} on resource: {KeyArn} with an explicit deny in an identity-based policy",
        DenialReason.NoIdentityBasedPolicyAllows =>
            $"User: {Principal} is not authorized to perform: {Action} on resource: {KeyArn} because no identity-based policy allows the {Action} action",
        _ =>
            $"User: {Principal} is not authorized to perform: {Action} on resource: {KeyArn} because no resource-based policy allows the {Action} action",
    };

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
