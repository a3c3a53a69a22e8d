using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyLifecycle;
using KeyLifecycle.Testing;

namespace MyService.Tests;

[Properties(Arbitrary = [typeof(KmsArbitraries)])]
public class EncryptionGateProperties
{
    // The code under test: your service's rule for whether it may send Encrypt requests with a key.
    private static bool MayEncrypt(KmsKey key) =>
        key.KeyUsage == KeyUsage.EncryptDecrypt && key.State is KeyState.Enabled or KeyState.Updating;

    [Property(MaxTest = 500)]
    public Property MayEncrypt_AgreesWithTheKeyStateTable(KmsKey key)
    {
        var tableAllows = KeyStateRules.Check(KmsOperation.Encrypt, key).IsT0;

        return (MayEncrypt(key) == tableAllows || key.KeyUsage != KeyUsage.EncryptDecrypt)
            .Label($"{key.State} {key.Origin} key")
            .Collect(key.State);
    }
}
