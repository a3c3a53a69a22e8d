namespace KeyLifecycle.Errors;

/// <summary>Why a key or alias was not found; each member is one wording of <c>NotFoundException</c>.</summary>
public enum NotFoundReason
{
    /// <summary><c>Key '&lt;key ARN&gt;' does not exist</c>: no such key in the caller's account and Region.</summary>
    Key = 0,

    /// <summary><c>Alias &lt;alias ARN&gt; is not found.</c>: no such alias in the caller's account and Region.</summary>
    Alias = 1,

    /// <summary><c>Invalid keyId '&lt;input&gt;'</c>: the text is not a key ID, key ARN or accepted alias.</summary>
    InvalidKeyId = 2,

    /// <summary><c>Invalid arn &lt;region&gt;</c>: the ARN names a Region or partition other than the caller's.</summary>
    ForeignArn = 3,
}
