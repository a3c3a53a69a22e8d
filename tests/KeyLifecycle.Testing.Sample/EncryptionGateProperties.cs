using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KeyLifecycle.Testing.Sample;

public class EncryptionGateProperties
{
    #region testing-properties
    [Property(MaxTest = 500)]
    public Property MayEncrypt_AgreesWithTheKeyStateTable(KmsKey key)
    {
        var tableAllows = KeyStateRules.Check(KmsOperation.Encrypt, key).IsT0;

        return (EncryptionGate.MayEncrypt(key) == tableAllows || key.KeyUsage != KeyUsage.EncryptDecrypt)
            .Label($"{key.State} {key.Origin} key")
            .Collect(key.State);
    }
    #endregion
}
