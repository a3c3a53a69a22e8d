namespace KeyLifecycle.Testing.Sample;

/// <summary>Code under test: a service's own rule for whether it may send Encrypt requests with a key.</summary>
public static class EncryptionGate
{
    /// <summary>Whether Encrypt will accept <paramref name="key"/> in its current state.</summary>
    /// <param name="key">The key, as DescribeKey reported it.</param>
    /// <returns><see langword="true"/> when the key can encrypt.</returns>
    public static bool MayEncrypt(KmsKey key) =>
        key.KeyUsage == KeyUsage.EncryptDecrypt && key.State is KeyState.Enabled or KeyState.Updating;
}
