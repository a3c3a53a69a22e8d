namespace KeyLifecycle.Protocol.Storage;

/// <summary>What backs a custom key store (<c>CustomKeyStoreType</c>).</summary>
public enum CustomKeyStoreType
{
    /// <summary><c>AWS_CLOUDHSM</c>: an AWS CloudHSM cluster; its keys have origin <c>AWS_CLOUDHSM</c>.</summary>
    AwsCloudHsm,

    /// <summary><c>EXTERNAL_KEY_STORE</c>: an external key manager behind a proxy; its keys have origin <c>EXTERNAL_KEY_STORE</c>.</summary>
    ExternalKeyStore,
}
