namespace KeyLifecycle.Errors;

/// <summary>Why a key cannot perform an operation or algorithm; each member is one wording of <c>InvalidKeyUsageException</c>.</summary>
public enum InvalidKeyUsageReason
{
    /// <summary>The key's usage is not the one the operation needs.</summary>
    KeyUsage = 0,

    /// <summary>The key's usage fits but its spec does not (data keys need a symmetric encryption key).</summary>
    KeySpec = 1,

    /// <summary>The algorithm asked for is not one of the key's algorithms.</summary>
    Algorithm = 2,
}
