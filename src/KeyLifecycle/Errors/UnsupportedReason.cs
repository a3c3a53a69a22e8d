namespace KeyLifecycle.Errors;

/// <summary>Why the service does not support a request; each member is one wording of <c>UnsupportedOperationException</c>.</summary>
public enum UnsupportedReason
{
    /// <summary><c>&lt;key ARN&gt; origin is &lt;ORIGIN&gt; which is not valid for this operation.</c> (footnotes 6, 7 and 9; recorded for <c>AWS_KMS</c> and <c>EXTERNAL</c>).</summary>
    Origin = 0,

    /// <summary><c>&lt;key ARN&gt; is not a multi-region primary key.</c> (recorded for <c>ReplicateKey</c> on a replica).</summary>
    NotMultiRegionPrimary = 1,

    /// <summary>An empty message (recorded for <c>RotateKeyOnDemand</c>, observed for <c>EnableKeyRotation</c>, on an asymmetric key).</summary>
    Unspecified = 2,

    /// <summary><c>KeySpec &lt;SPEC&gt; is not supported in this Region</c> (observed for <c>SM2</c> outside the China Regions).</summary>
    KeySpecInRegion = 3,

    /// <summary><c>&lt;ORIGIN&gt; origin is not valid with a custom key store.</c> (the project's wording).</summary>
    OriginWithoutKeyStore = 4,

    /// <summary><c>Multi-Region keys cannot be created in a custom key store.</c> (the project's wording).</summary>
    MultiRegionInKeyStore = 5,

    /// <summary><c>KeySpec &lt;SPEC&gt; is not supported in a custom key store.</c> (the project's wording).</summary>
    KeySpecInKeyStore = 6,
}
