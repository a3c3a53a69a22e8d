namespace KeyLifecycle;

/// <summary>Where a KMS key's key material comes from (<c>KeyMetadata.Origin</c>).</summary>
public enum KeyOrigin
{
    /// <summary><c>AWS_KMS</c>: KMS generated the key material.</summary>
    AwsKms,

    /// <summary><c>EXTERNAL</c>: the key material is imported; the key starts in <see cref="KeyState.PendingImport"/>.</summary>
    External,

    /// <summary><c>AWS_CLOUDHSM</c>: the key material lives in an AWS CloudHSM key store.</summary>
    AwsCloudHsm,

    /// <summary><c>EXTERNAL_KEY_STORE</c>: the key material lives in an external key manager.</summary>
    ExternalKeyStore,
}
