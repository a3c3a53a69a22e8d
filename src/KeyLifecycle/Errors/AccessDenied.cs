using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The caller may not perform the operation on the key: <c>AccessDeniedException</c>.</summary>
/// <param name="Principal">The caller's ARN, such as <c>arn:aws:iam::111122223333:root</c>.</param>
/// <param name="Operation">The refused operation.</param>
/// <param name="KeyArn">The key's ARN.</param>
/// <remarks>
/// The domain answers this for lifecycle operations on AWS managed keys, whose key policy grants no such permission;
/// the wording is the IAM denial text. Transitions name the account root as the principal; a host that knows the
/// caller's identity can replace it with <c>with { Principal = ... }</c>.
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
            var action = Operation.ToWireName();
            return $"User: {Principal} is not authorized to perform: kms:{action} on resource: {KeyArn} because no resource-based policy allows the kms:{action} action";
        }
    }

    /// <summary>Returns the denial of <paramref name="operation"/> on <paramref name="keyArn"/> to the root user of the key's account.</summary>
    /// <param name="operation">The refused operation.</param>
    /// <param name="keyArn">The key's ARN.</param>
    /// <returns>The denial, naming <c>arn:&lt;partition&gt;:iam::&lt;account&gt;:root</c>.</returns>
    public static AccessDenied ToAccountRoot(KmsOperation operation, KeyArn keyArn) =>
        new($"arn:{keyArn.Partition}:iam::{keyArn.AccountId}:root", operation, keyArn);
}
