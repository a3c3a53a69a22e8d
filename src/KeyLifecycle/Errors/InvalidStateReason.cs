namespace KeyLifecycle.Errors;

/// <summary>Why a key's state refuses an operation; each member is one wording of <c>KMSInvalidStateException</c>.</summary>
public enum InvalidStateReason
{
    /// <summary><c>&lt;key ARN&gt; is pending deletion.</c> (footnotes 3, 8 and 10).</summary>
    PendingDeletion,

    /// <summary><c>&lt;key ARN&gt; is pending replica deletion.</c> (footnote 3 for a primary key with replicas; the wording is the project's choice).</summary>
    PendingReplicaDeletion,

    /// <summary><c>&lt;key ARN&gt; is not pending deletion.</c> (footnote 4, for <c>CancelKeyDeletion</c>; the wording is the project's choice).</summary>
    NotPendingDeletion,

    /// <summary><c>&lt;key ARN&gt; is pending import.</c> (footnote 5; recorded).</summary>
    PendingImport,

    /// <summary><c>&lt;key ARN&gt; is unavailable.</c> (footnote 11).</summary>
    Unavailable,

    /// <summary><c>&lt;key ARN&gt; is creating.</c> (footnote 14).</summary>
    Creating,

    /// <summary><c>&lt;key ARN&gt; is updating.</c> (footnote 15).</summary>
    Updating,

    /// <summary><c>No available key material pending rotation for the key: &lt;key ARN&gt;.</c> (recorded for <c>RotateKeyOnDemand</c> on a key with imported material and none imported for the next rotation).</summary>
    NoKeyMaterialPendingRotation,

    /// <summary><c>&lt;key ARN&gt; already has key material pending rotation.</c> (<c>ImportKeyMaterial</c> of new material while other new material waits for <c>RotateKeyOnDemand</c>; AWS allows one and records no text, so the wording is the project's).</summary>
    KeyMaterialPendingRotation,
}
