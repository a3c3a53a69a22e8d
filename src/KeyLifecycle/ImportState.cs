namespace KeyLifecycle;

/// <summary>Whether a key's imported material is in KMS now (<c>RotationsListEntry.ImportState</c> of <c>ListKeyRotations</c>).</summary>
public enum ImportState
{
    /// <summary><c>IMPORTED</c>: the bytes are imported and can be used.</summary>
    Imported,

    /// <summary><c>PENDING_IMPORT</c>: the bytes were deleted or expired; importing the same bytes again brings them back.</summary>
    PendingImport,
}
