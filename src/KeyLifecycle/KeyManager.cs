namespace KeyLifecycle;

/// <summary>Who manages a KMS key (<c>KeyMetadata.KeyManager</c>).</summary>
public enum KeyManager
{
    /// <summary><c>CUSTOMER</c>: a customer managed key, which its owner can enable, disable and delete.</summary>
    Customer,

    /// <summary><c>AWS</c>: an AWS managed key, which is permanently enabled and cannot be deleted.</summary>
    Aws,
}
