namespace KeyLifecycle.Errors;

/// <summary>Why a key policy document was refused; each member is one wording of <c>MalformedPolicyDocumentException</c>.</summary>
public enum MalformedPolicyReason
{
    /// <summary><c>Policy contains a statement with one or more invalid principals.</c> (recorded from the service).</summary>
    InvalidPrincipals = 0,

    /// <summary><c>Policy contains a statement with no principal.</c> (recorded from the service).</summary>
    NoPrincipal = 1,

    /// <summary><c>The new key policy will not allow you to update the key policy in the future.</c> (recorded from the service).</summary>
    Lockout = 2,

    /// <summary><c>Syntax errors in policy.</c>: not JSON, or an element of the wrong shape (IAM's text; the project's choice for KMS).</summary>
    SyntaxErrors = 3,

    /// <summary><c>Actions/Condition can contain only one colon.</c> (IAM's text; the project's choice for KMS).</summary>
    ActionColons = 4,

    /// <summary><c>The policy failed legacy parsing</c>: an unknown <c>Version</c> (IAM's text; the project's choice for KMS).</summary>
    UnsupportedVersion = 5,

    /// <summary><c>The key policy exceeds the maximum size of 32768 bytes.</c> (the project's choice; the limit is documented).</summary>
    TooLarge = 6,

    /// <summary><c>Policy document should not specify a principal.</c>: an identity-based policy names a principal (IAM's recorded text).</summary>
    PrincipalInIdentityPolicy = 7,

    /// <summary><c>Policy statement must contain resources.</c>: an identity-based policy's statement names no resource (IAM's recorded text).</summary>
    NoResource = 8,
}
