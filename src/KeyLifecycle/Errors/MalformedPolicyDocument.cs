namespace KeyLifecycle.Errors;

/// <summary>A key policy document is refused: <c>MalformedPolicyDocumentException</c>.</summary>
/// <param name="Reason">Which wording applies.</param>
/// <remarks>
/// The service's recorded texts are the well-known instances here (<see cref="InvalidPrincipals"/>, <see cref="NoPrincipal"/>,
/// <see cref="Lockout"/>). Where the service's wording for a refusal is not recorded, the project's choice is documented on
/// the instance and in the README's "Where the service is not recorded" table.
/// See <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html">PutKeyPolicy</see>.
/// </remarks>
public sealed record MalformedPolicyDocument(MalformedPolicyReason Reason) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "MalformedPolicyDocumentException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        MalformedPolicyReason.InvalidPrincipals => "Policy contains a statement with one or more invalid principals.",
        MalformedPolicyReason.NoPrincipal => "Policy contains a statement with no principal.",
        MalformedPolicyReason.Lockout => "The new key policy will not allow you to update the key policy in the future.",
        MalformedPolicyReason.SyntaxErrors => "Syntax errors in policy.",
        MalformedPolicyReason.ActionColons => "Actions/Condition can contain only one colon.",
        MalformedPolicyReason.UnsupportedVersion => "The policy failed legacy parsing",
        MalformedPolicyReason.TooLarge => "The key policy exceeds the maximum size of 32768 bytes.",
        MalformedPolicyReason.PrincipalInIdentityPolicy => "Policy document should not specify a principal.",
        MalformedPolicyReason.NoResource => "Policy statement must contain resources.",
    };

    /// <summary>A principal is not a principal KMS accepts: <c>Policy contains a statement with one or more invalid principals.</c></summary>
    public static MalformedPolicyDocument InvalidPrincipals { get; } = new(MalformedPolicyReason.InvalidPrincipals);

    /// <summary>A statement names no principal: <c>Policy contains a statement with no principal.</c></summary>
    public static MalformedPolicyDocument NoPrincipal { get; } = new(MalformedPolicyReason.NoPrincipal);

    /// <summary>The new policy would not let the caller change it again: <c>The new key policy will not allow you to update the key policy in the future.</c></summary>
    public static MalformedPolicyDocument Lockout { get; } = new(MalformedPolicyReason.Lockout);

    /// <summary>The document is not JSON, or an element has the wrong shape: <c>Syntax errors in policy.</c></summary>
    /// <remarks>IAM's recorded text for such documents; KMS's own wording is not recorded (the project's choice).</remarks>
    public static MalformedPolicyDocument SyntaxErrors { get; } = new(MalformedPolicyReason.SyntaxErrors);

    /// <summary>An action names more than one colon: <c>Actions/Condition can contain only one colon.</c></summary>
    /// <remarks>IAM's recorded text; KMS's own wording is not recorded (the project's choice).</remarks>
    public static MalformedPolicyDocument ActionColons { get; } = new(MalformedPolicyReason.ActionColons);

    /// <summary>The policy language version is neither <c>2012-10-17</c> nor <c>2008-10-17</c>: <c>The policy failed legacy parsing</c>.</summary>
    /// <remarks>IAM's recorded text; KMS's own wording is not recorded (the project's choice).</remarks>
    public static MalformedPolicyDocument UnsupportedVersion { get; } = new(MalformedPolicyReason.UnsupportedVersion);

    /// <summary>The document is longer than 32 KB: <c>The key policy exceeds the maximum size of 32768 bytes.</c></summary>
    /// <remarks>The limit is documented; the service's wording is not recorded (the project's choice).</remarks>
    public static MalformedPolicyDocument TooLarge { get; } = new(MalformedPolicyReason.TooLarge);

    /// <summary>An identity-based policy names a principal: <c>Policy document should not specify a principal.</c></summary>
    /// <remarks>IAM's text for identity-based policies (<see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_policies.html">Troubleshooting IAM policies</see>).</remarks>
    public static MalformedPolicyDocument PrincipalInIdentityPolicy { get; } = new(MalformedPolicyReason.PrincipalInIdentityPolicy);

    /// <summary>A statement of an identity-based policy names no resource: <c>Policy statement must contain resources.</c></summary>
    /// <remarks>IAM's text for identity-based policies.</remarks>
    public static MalformedPolicyDocument NoResource { get; } = new(MalformedPolicyReason.NoResource);
}
