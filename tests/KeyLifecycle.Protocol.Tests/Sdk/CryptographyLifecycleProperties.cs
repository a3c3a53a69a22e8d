using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using FsCheck.Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// Random sequences of lifecycle and cryptographic calls through the AWS SDK, against an independent model written from
/// the key-state table (kms-key-lifecycle.md sections 2 and 3.8): <c>Decrypt</c> succeeds exactly when the model says the
/// key may decrypt and the material that made the ciphertext is present, and fails with the code the table gives.
/// Rotations on demand are among the steps: every earlier material still decrypts after them, and each is refused as the
/// RotateKeyOnDemand row and the recorded refusals say (kms-key-lifecycle.md, RotateKeyOnDemand row).
/// </summary>
public sealed class CryptographyLifecycleProperties
{
    private enum Step
    {
        Encrypt, Decrypt, Disable, Enable, Schedule, Cancel, DeleteMaterial, Import, Rotate,
    }

    private enum State
    {
        Enabled, Disabled, PendingDeletion, PendingImport,
    }

    [Property(MaxTest = 25)]
    public bool Decrypt_SucceedsExactlyWhenTheModelSaysTheKeyMayDecrypt(int[] steps, bool external) =>
        RunAsync(steps, external).GetAwaiter().GetResult();

    private static async Task<bool> RunAsync(int[] steps, bool external)
    {
        await using var kms = await KmsTestServer.StartAsync();
        using var client = kms.CreateClient();
        var key = (await client.CreateKeyAsync(new CreateKeyRequest { Origin = external ? OriginType.EXTERNAL : OriginType.AWS_KMS })).KeyMetadata;
        var material = RandomNumberGenerator.GetBytes(32);
        var state = external ? State.PendingImport : State.Enabled;
        var hasMaterial = !external;
        var ciphertexts = new List<byte[]>();
        var rotations = 0;

        foreach (var raw in steps)
        {
            var step = (Step)((raw & int.MaxValue) % 9);
            if (!external && step is Step.DeleteMaterial or Step.Import)
            {
                continue;
            }

            switch (step)
            {
                case Step.Encrypt:
                {
                    var code = await CodeOf(() => client.EncryptAsync(new EncryptRequest { KeyId = key.KeyId, Plaintext = new MemoryStream([(byte)ciphertexts.Count]) }), blob => ciphertexts.Add(blob.CiphertextBlob.ToArray()));
                    if (code != ExpectedCryptoCode(state))
                    {
                        return false;
                    }

                    break;
                }

                case Step.Decrypt when ciphertexts.Count > 0:
                {
                    var index = (raw & int.MaxValue) / 9 % ciphertexts.Count;
                    byte[]? plaintext = null;
                    var code = await CodeOf(() => client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(ciphertexts[index]) }), r => plaintext = r.Plaintext.ToArray());
                    var mayDecrypt = state == State.Enabled && hasMaterial;
                    if (code != ExpectedCryptoCode(state) || (mayDecrypt && (plaintext is null || plaintext[0] != index)))
                    {
                        return false;
                    }

                    break;
                }

                case Step.Disable:
                    await CodeOf(() => client.DisableKeyAsync(new DisableKeyRequest { KeyId = key.KeyId }), _ => { });
                    state = state is State.Enabled or State.Disabled ? State.Disabled : state;
                    break;
                case Step.Enable:
                    await CodeOf(() => client.EnableKeyAsync(new EnableKeyRequest { KeyId = key.KeyId }), _ => { });
                    state = state is State.Enabled or State.Disabled ? State.Enabled : state;
                    break;
                case Step.Schedule:
                    await CodeOf(() => client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 30 }), _ => { });
                    state = State.PendingDeletion;
                    break;
                case Step.Cancel:
                    await CodeOf(() => client.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = key.KeyId }), _ => { });

                    // The project's decision for a key without material: PendingImport (kms-key-lifecycle.md section 8).
                    state = state != State.PendingDeletion ? state : hasMaterial ? State.Disabled : State.PendingImport;
                    break;
                case Step.DeleteMaterial:
                    await CodeOf(() => client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId }), _ => { });
                    state = state is State.Enabled or State.Disabled ? State.PendingImport : state;
                    hasMaterial = false;
                    break;
                case Step.Rotate:
                {
                    var expected = ExpectedRotationCode(state, external, rotations);
                    var code = await CodeOf(() => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId }), _ => rotations++);
                    if (code != expected)
                    {
                        return false;
                    }

                    break;
                }

                case Step.Import when state != State.PendingDeletion:
                    await KeyMaterial.ImportAsync(client, key.KeyId, material);
                    state = state == State.PendingImport ? State.Enabled : state;
                    hasMaterial = true;
                    break;
                default:
                    break;
            }
        }

        return true;
    }

    // The key-state table's rows for Encrypt and Decrypt: footnotes 1, 3 and 5.
    private static string? ExpectedCryptoCode(State state) => state switch
    {
        State.Enabled => null,
        State.Disabled => "DisabledException",
        State.PendingDeletion or State.PendingImport => "KMSInvalidStateException",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    // RotateKeyOnDemand: the table's row (footnotes 1, 3 and 5), then a key with imported material has none pending
    // rotation, then the limit of 25 rotations on demand, given how many there have been.
    private static string? ExpectedRotationCode(State state, bool external, int rotations) => state switch
    {
        State.Enabled when external => "KMSInvalidStateException",
        State.Enabled => rotations < 25 ? null : "LimitExceededException",
        _ => ExpectedCryptoCode(state),
    };

    private static async Task<string?> CodeOf<T>(Func<Task<T>> call, Action<T> onSuccess)
    {
        try
        {
            onSuccess(await call());
            return null;
        }
        catch (AmazonKeyManagementServiceException error)
        {
            return error.ErrorCode;
        }
    }
}
