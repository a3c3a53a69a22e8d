namespace KeyLifecycle.Errors;

/// <summary>Why a key cannot take part in an operation at all; each member is one wording of <c>UnsupportedOperationException</c>.</summary>
public enum UnsupportedReason
{
    /// <summary><c>&lt;key ARN&gt; origin is &lt;ORIGIN&gt; which is not valid for this operation.</c> (footnotes 6, 7 and 9; recorded for <c>AWS_KMS</c> and <c>EXTERNAL</c>).</summary>
    Origin,

    /// <summary><c>&lt;key ARN&gt; is not a multi-region primary key.</c> (recorded for <c>ReplicateKey</c> on a replica).</summary>
    NotMultiRegionPrimary,

    /// <summary>An empty message (recorded for <c>RotateKeyOnDemand</c>, observed for <c>EnableKeyRotation</c>, on an asymmetric key).</summary>
    Unspecified,
}
