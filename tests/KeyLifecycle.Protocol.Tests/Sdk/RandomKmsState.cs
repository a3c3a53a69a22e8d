using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>
/// Random endpoint states built through the AWS SDK from a list of integers (as FsCheck gives them), and everything the
/// SDK reports of a state as text: what tests compare after an export and a seed, or a restart on a durable store.
/// </summary>
internal static class RandomKmsState
{
    public const string Policy = """{"Version":"2012-10-17","Id":"seeded","Statement":[{"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";

    private enum Step
    {
        CreateSymmetric, CreateRsa, CreateHmac, CreateImported, CreateMultiRegion, Tag, Describe, Disable, Enable, Schedule,
        Cancel, EnableRotation, Rotate, PutPolicy, CreateAlias, AdvanceDays, Encrypt, CreateGrant,
    }

    /// <summary>
    /// Applies up to 40 steps (keys of five kinds, including imported material that expires and multi-Region keys with a
    /// replica; tags, descriptions, disable and enable, scheduled and cancelled deletion, rotation, policies, aliases, grants, days
    /// passing, encryptions), then moves the clock 10 seconds so that replicas finish; returns the ciphertexts made.
    /// </summary>
    public static async Task<List<byte[]>> BuildAsync(KmsTestServer server, int[] steps)
    {
        using var east = server.CreateClient();
        using var west = server.CreateClient("eu-west-1");
        var keys = new List<string>();
        var ciphertexts = new List<byte[]>();
        var random = new Random(steps.Length == 0 ? 0 : steps[0]);
        foreach (var raw in steps.Take(40))
        {
            var step = (Step)((raw & int.MaxValue) % Enum.GetValues<Step>().Length);
            var key = keys.Count == 0 ? null : keys[(raw & int.MaxValue) % keys.Count];
            try
            {
                switch (step)
                {
                    case Step.CreateSymmetric:
                        keys.Add((await east.CreateKeyAsync(new CreateKeyRequest { Description = $"k{keys.Count}", Tags = [new Tag { TagKey = "n", TagValue = $"{raw}" }] })).KeyMetadata.KeyId);
                        break;
                    case Step.CreateRsa:
                        keys.Add((await east.CreateKeyAsync(new CreateKeyRequest { KeySpec = "RSA_2048", KeyUsage = KeyUsageType.SIGN_VERIFY })).KeyMetadata.KeyId);
                        break;
                    case Step.CreateHmac:
                        keys.Add((await east.CreateKeyAsync(new CreateKeyRequest { KeySpec = "HMAC_256", KeyUsage = KeyUsageType.GENERATE_VERIFY_MAC })).KeyMetadata.KeyId);
                        break;
                    case Step.CreateImported:
                        var external = (await east.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.KeyId;
                        keys.Add(external);
                        if (raw % 3 != 0)
                        {
                            await KeyMaterial.ImportAsync(east, external, RandomNumberGenerator.GetBytes(32), request =>
                            {
                                if (raw % 3 == 1)
                                {
                                    request.ExpirationModel = ExpirationModelType.KEY_MATERIAL_EXPIRES;
                                    request.ValidTo = server.Clock.GetUtcNow().AddDays(60).UtcDateTime;
                                }
                            });
                        }

                        break;
                    case Step.CreateMultiRegion:
                        var primary = (await east.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata.KeyId;
                        keys.Add(primary);
                        await east.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = primary, ReplicaRegion = "eu-west-1", Description = "replica", Tags = [new Tag { TagKey = "r", TagValue = "1" }] });
                        break;
                    case Step.Tag when key is not null:
                        await east.TagResourceAsync(new TagResourceRequest { KeyId = key, Tags = [new Tag { TagKey = $"t{raw % 4}", TagValue = $"{raw}" }] });
                        break;
                    case Step.Describe when key is not null:
                        await east.UpdateKeyDescriptionAsync(new UpdateKeyDescriptionRequest { KeyId = key, Description = $"d{raw}" });
                        break;
                    case Step.Disable when key is not null:
                        await east.DisableKeyAsync(new DisableKeyRequest { KeyId = key });
                        break;
                    case Step.Enable when key is not null:
                        await east.EnableKeyAsync(new EnableKeyRequest { KeyId = key });
                        break;
                    case Step.Schedule when key is not null:
                        await east.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key, PendingWindowInDays = 7 + (raw & 0xFF) % 24 });
                        break;
                    case Step.Cancel when key is not null:
                        await east.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = key });
                        break;
                    case Step.EnableRotation when key is not null:
                        await east.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key, RotationPeriodInDays = 90 + (raw & 0xFFF) % 300 });
                        break;
                    case Step.Rotate when key is not null:
                        await east.RotateKeyOnDemandAsync(new RotateKeyOnDemandRequest { KeyId = key });
                        break;
                    case Step.PutPolicy when key is not null:
                        await east.PutKeyPolicyAsync(new PutKeyPolicyRequest { KeyId = key, Policy = Policy.Replace("seeded", $"p{raw}", StringComparison.Ordinal) });
                        break;
                    case Step.CreateAlias when key is not null:
                        await east.CreateAliasAsync(new CreateAliasRequest { AliasName = $"alias/a{raw % 5}", TargetKeyId = key });
                        break;
                    case Step.AdvanceDays:
                        server.Clock.Advance(TimeSpan.FromDays(1 + (raw & 0xFF) % 120));
                        break;
                    case Step.CreateGrant when key is not null:
                        // Grants are records of the store (a restart keeps them); the SDK snapshot below leaves them out,
                        // since a seed does not carry them.
                        await east.CreateGrantAsync(new CreateGrantRequest
                        {
                            KeyId = key,
                            GranteePrincipal = $"arn:aws:iam::111122223333:role/r{raw % 3}",
                            RetiringPrincipal = raw % 2 == 0 ? "arn:aws:iam::111122223333:user/retirer" : null,
                            Operations = [GrantOperation.Decrypt, GrantOperation.DescribeKey],
                            Constraints = raw % 3 == 0 ? new GrantConstraints { EncryptionContextSubset = new() { ["n"] = $"{raw}" } } : null,
                            Name = raw % 4 == 0 ? "named" : null,
                        });
                        break;
                    case Step.Encrypt when key is not null:
                        var plaintext = new byte[1 + random.Next(20)];
                        random.NextBytes(plaintext);
                        ciphertexts.Add((await east.EncryptAsync(new EncryptRequest { KeyId = key, Plaintext = new MemoryStream(plaintext) })).CiphertextBlob.ToArray());
                        break;
                }
            }
            catch (AmazonKeyManagementServiceException)
            {
                // A call the key's state or kind refuses changes nothing; the state built so far is what is exported.
            }
        }

        server.Clock.Advance(TimeSpan.FromSeconds(10));
        return ciphertexts;
    }

    // What the SDK reports of every key and alias in both Regions, as text; and the outcome of decrypting each ciphertext.
    public static async Task<string> SnapshotAsync(AmazonKeyManagementServiceClient east, AmazonKeyManagementServiceClient west, List<byte[]> ciphertexts)
    {
        var lines = new List<string>();
        foreach (var (region, client) in new[] { ("us-east-1", east), ("eu-west-1", west) })
        {
            var keys = (await client.ListKeysAsync(new ListKeysRequest { Limit = 1000 })).Keys.Select(key => key.KeyId).Order(StringComparer.Ordinal);
            foreach (var keyId in keys)
            {
                var metadata = (await client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId })).KeyMetadata;
                lines.Add($"{region} {keyId} metadata {JsonSerializer.Serialize(metadata)}");
                var tags = (await client.ListResourceTagsAsync(new ListResourceTagsRequest { KeyId = keyId })).Tags.Select(tag => $"{tag.TagKey}={tag.TagValue}").Order(StringComparer.Ordinal);
                lines.Add($"{region} {keyId} tags {string.Join(",", tags)}");
                lines.Add($"{region} {keyId} policy {(await client.GetKeyPolicyAsync(new GetKeyPolicyRequest { KeyId = keyId })).Policy}");
                lines.Add($"{region} {keyId} rotation {await OutcomeAsync(async () => Describe(await client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = keyId })))}");
                lines.Add($"{region} {keyId} rotations {await OutcomeAsync(async () => JsonSerializer.Serialize((await client.ListKeyRotationsAsync(new ListKeyRotationsRequest { KeyId = keyId, IncludeKeyMaterial = "ALL_KEY_MATERIAL" })).Rotations))}");
            }

            var aliases = (await client.ListAliasesAsync(new ListAliasesRequest { Limit = 100 })).Aliases
                .Where(alias => !alias.AliasName.StartsWith("alias/aws/", StringComparison.Ordinal))
                .Select(alias => $"{alias.AliasName}->{alias.TargetKeyId}").Order(StringComparer.Ordinal);
            lines.Add($"{region} aliases {string.Join(",", aliases)}");
        }

        foreach (var ciphertext in ciphertexts)
        {
            lines.Add($"decrypt {await OutcomeAsync(async () => Convert.ToHexString((await east.DecryptAsync(new DecryptRequest { CiphertextBlob = new MemoryStream(ciphertext) })).Plaintext.ToArray()))}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    // The response's own members, without its request ID.
    private static string Describe(GetKeyRotationStatusResponse status) =>
        JsonSerializer.Serialize(new { status.KeyId, status.KeyRotationEnabled, status.NextRotationDate, status.OnDemandRotationStartDate, status.RotationPeriodInDays });

    private static async Task<string> OutcomeAsync(Func<Task<string>> call)
    {
        try
        {
            return await call();
        }
        catch (AmazonKeyManagementServiceException exception)
        {
            return exception.ErrorCode;
        }
    }
}
