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
/// RotateKeyOnDemand row and the recorded refusals say (kms-key-lifecycle.md, RotateKeyOnDemand row). A key with imported
/// material takes new material for its next rotation, and loses and regains any of its materials: the model follows the
/// API reference's rules (one material waits at a time; deleting any material that is part of the key makes it
/// PendingImport until the same bytes return; deleting the waiting one forgets it).
/// </summary>
public sealed class CryptographyLifecycleProperties
{
    private enum Step
    {
        Encrypt, Decrypt, Disable, Enable, Schedule, Cancel, DeleteMaterial, Import, Rotate, ImportNew,
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
        var state = external ? State.PendingImport : State.Enabled;
        var ciphertexts = new List<byte[]>();
        var rotations = 0;

        // Imported materials, first imported first: their bytes, their ID once imported, whether imported now, whether
        // waiting for rotation. The key has material while every one not waiting is imported.
        var materials = new List<Material>();
        bool HasMaterial() => !external || (materials.Exists(m => !m.Pending) && materials.TrueForAll(m => m.Pending || m.Imported));
        State AfterMaterialChange() => (state, HasMaterial()) switch
        {
            (State.PendingImport, true) => State.Enabled,
            (State.Enabled or State.Disabled, false) => State.PendingImport,
            _ => state,
        };

        foreach (var raw in steps)
        {
            var step = (Step)((raw & int.MaxValue) % 10);
            var pick = (raw & int.MaxValue) / 10;
            if (!external && step is Step.DeleteMaterial or Step.Import or Step.ImportNew)
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
                    var index = pick % ciphertexts.Count;
                    byte[]? plaintext = null;
                    var code = await CodeOf(() => client.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(ciphertexts[index]) }), r => plaintext = r.Plaintext.ToArray());
                    var mayDecrypt = state == State.Enabled && HasMaterial();
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
                    state = state != State.PendingDeletion ? state : HasMaterial() ? State.Disabled : State.PendingImport;
                    break;
                case Step.DeleteMaterial when materials.Count > 0:
                {
                    // Every state the model reaches allows DeleteImportedKeyMaterial (its row of the key-state table).
                    var target = materials[pick % materials.Count];
                    if (await CodeOf(() => client.DeleteImportedKeyMaterialAsync(new DeleteImportedKeyMaterialRequest { KeyId = key.KeyId, KeyMaterialId = target.Id }), _ => { }) is not null)
                    {
                        return false;
                    }

                    if (target.Pending)
                    {
                        materials.Remove(target);
                    }
                    else
                    {
                        target.Imported = false;
                    }

                    state = AfterMaterialChange();
                    break;
                }

                case Step.Rotate:
                {
                    var pending = materials.Find(m => m.Pending);
                    var expected = ExpectedRotationCode(state, external && pending is null, rotations);
                    var code = await CodeOf(() => client.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key.KeyId }), _ => rotations++);
                    if (code != expected)
                    {
                        return false;
                    }

                    if (code is null && pending is not null)
                    {
                        pending.Pending = false;
                    }

                    break;
                }

                case Step.Import when materials.Count == 0:
                case Step.ImportNew:
                {
                    // New material: the key's first, or the one that waits for the next rotation.
                    var bytes = RandomNumberGenerator.GetBytes(32);
                    var expected = state == State.PendingDeletion || materials.Exists(m => m.Pending) ? "KMSInvalidStateException" : null;
                    string? id = null;
                    var code = await CodeOf(() => KeyMaterial.ImportAsync(client, key.KeyId, bytes, request => request.ImportType = "NEW_KEY_MATERIAL"), r => id = r.KeyMaterialId);
                    if (code != expected)
                    {
                        return false;
                    }

                    if (code is null)
                    {
                        materials.Add(new Material(bytes, id!) { Imported = true, Pending = materials.Count > 0 });
                        state = AfterMaterialChange();
                    }

                    break;
                }

                case Step.Import:
                {
                    // The same bytes as one of the key's materials, again.
                    var again = materials[pick % materials.Count];
                    var code = await CodeOf(() => KeyMaterial.ImportAsync(client, key.KeyId, again.Bytes), _ => { });
                    if (code != (state == State.PendingDeletion ? "KMSInvalidStateException" : null))
                    {
                        return false;
                    }

                    again.Imported |= code is null;
                    state = AfterMaterialChange();
                    break;
                }

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
    private static string? ExpectedRotationCode(State state, bool nonePending, int rotations) => state switch
    {
        State.Enabled when nonePending => "KMSInvalidStateException",
        State.Enabled => rotations < 25 ? null : "LimitExceededException",
        _ => ExpectedCryptoCode(state),
    };

    private sealed class Material(byte[] bytes, string id)
    {
        public byte[] Bytes { get; } = bytes;

        public string Id { get; } = id;

        public bool Imported { get; set; }

        public bool Pending { get; set; }
    }

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
