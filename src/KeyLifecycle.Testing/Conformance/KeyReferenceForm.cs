namespace KeyLifecycle.Testing.Conformance;

/// <summary>How a step of a <see cref="LifecycleScenario"/> names its key in the <c>KeyId</c> parameter.</summary>
/// <remarks>
/// The text is made when the step runs, from the keys the implementation created and the caller they belong to, so the
/// same scenario sends the same kind of identifier to any implementation. The expected answer for every form is
/// <see cref="Resolution.KeyResolver"/>'s.
/// </remarks>
public enum KeyReferenceForm
{
    /// <summary>The key's key ID.</summary>
    KeyId,

    /// <summary>The key's ARN.</summary>
    KeyArn,

    /// <summary>The key's ARN with another Region of the same partition (<c>Invalid arn &lt;region&gt;</c>).</summary>
    ForeignRegionArn,

    /// <summary>The key's ARN with another partition and one of its Regions (<c>Invalid arn &lt;partition&gt;</c>).</summary>
    ForeignPartitionArn,

    /// <summary>The key's ARN with another account (<c>Key '&lt;ARN&gt;' does not exist</c>).</summary>
    OtherAccountArn,

    /// <summary>The key's ARN cut short inside its key ID (<c>Invalid keyId '&lt;key part&gt;'</c>).</summary>
    TruncatedArn,

    /// <summary>A key ID or key ARN of the caller that names no key.</summary>
    NonexistentKey,

    /// <summary>Text that is not a key ID (<see cref="InvalidKeyIdCategory.MalformedKeyId"/>).</summary>
    MalformedKeyId,

    /// <summary>Text starting with <c>arn:</c> that is not a KMS ARN (<see cref="InvalidKeyIdCategory.MalformedArn"/>).</summary>
    MalformedArn,

    /// <summary>An alias name or alias ARN of the caller's Region.</summary>
    Alias,

    /// <summary>More than 2048 characters.</summary>
    OverLong,

    /// <summary>The empty string.</summary>
    Empty,

    /// <summary>No <c>KeyId</c> member at all.</summary>
    Missing,
}
