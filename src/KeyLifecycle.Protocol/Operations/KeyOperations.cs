using System;
using System.Linq;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>CreateKey</c>, <c>DescribeKey</c> and <c>ListKeys</c>.</summary>
internal static class KeyOperations
{
    private const int DefaultLimit = 100;

    public static KmsResult CreateKey(ValidCreateKeyRequest request, KmsRequestContext context)
    {
        if (request.KeySpec is not null && request.CustomerMasterKeySpec is not null)
        {
            return KmsResult.Error(new ValidationFailed(
                "You cannot specify both KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated; use KeySpec."));
        }

        // The tags that fix the key's ID and material (LocalStack's) are taken out first: they are not the key's tags.
        var (tags, customId, customMaterial) = CustomKeyTags.Split(request.Tags);

        // Model validation has checked every enumeration member against its wire names.
        var creation = new KeyCreationRequest
        {
            Description = request.Description,
            KeyUsage = KmsWireNames.TryParseKeyUsage(request.KeyUsage, out var usage) ? usage : null,
            KeySpec = KmsWireNames.TryParseKeySpec(request.KeySpec ?? request.CustomerMasterKeySpec, out var spec) ? spec : KeySpec.SymmetricDefault,
            Origin = KmsWireNames.TryParseKeyOrigin(request.Origin, out var origin) ? origin : KeyOrigin.AwsKms,
            MultiRegion = request.MultiRegion == true,
            CustomKeyStoreId = request.CustomKeyStoreId,
            Tags = tags,
        };

        // kms:CreateKey is an IAM permission on no resource, and tagging the new key asks kms:TagResource as well.
        var denied = context.AuthorizeIdentity(KmsAction.CreateKey, RequestConditions.AnyResource, policy => RequestConditions.WithTags(policy, creation.Tags)
                .WithValues("kms:KeySpec", creation.KeySpec.ToWireName())
                .WithValues("kms:KeyUsage", request.KeyUsage ?? "ENCRYPT_DECRYPT")
                .WithValues("kms:KeyOrigin", creation.Origin.ToWireName())
                .WithValue("kms:MultiRegion", creation.MultiRegion)
                .WithValue("kms:BypassPolicyLockoutSafetyCheck", request.BypassPolicyLockoutSafetyCheck))
            ?? (creation.Tags.Count == 0 ? null : context.AuthorizeIdentity(
                KmsAction.For(KmsOperation.TagResource), RequestConditions.AnyResource, policy => RequestConditions.WithTags(policy, creation.Tags)));
        if (denied is not null)
        {
            return KmsResult.Error(denied);
        }

        Guid? fixedId = null;
        if (customId is not null)
        {
            var parsed = CustomKeyTags.ParseId(customId, creation.MultiRegion);
            if (parsed.Error is { } invalidId)
            {
                return KmsResult.Error(invalidId);
            }

            fixedId = parsed.Value;
        }

        // A fresh ID per attempt: an attempt that lost (to an ID collision or a custom key store change) starts again. A
        // fixed ID that is taken is refused instead.
        return context.Run(() => KmsKey.Create(creation, fixedId ?? Guid.NewGuid(), context.Caller, context.Now).ToOutcome()
            .Then(key => fixedId is not null && IdTaken(context, key) is { } region
                ? KmsOutcome<KmsKey>.Fail(KeyIdTaken(key.KeyId, region))
                : key)
            .Then(key => customMaterial is null
                ? (Key: key, Material: CryptographyOperations.NewMaterial(key))
                : CustomKeyTags.ParseMaterial(customMaterial, key).Map(bytes => (Key: key, Material: (KeyMaterialRecord?)KeyMaterialRecord.OfOneVersion(
                    key.Arn, KeyLifecycle.KeyMaterialId.Parse(KeyMetadataModel.MaterialIdOf(key.Arn)), bytes))))
            .Then(made => PolicyOperations.ForNewKey(context, made.Key.Arn, request.Policy, request.BypassPolicyLockoutSafetyCheck)
                .Map(policy => (made.Key, made.Material, Policy: policy)))
            .Then(created =>
        {
            var key = created.Key;
            var commit = new KeyStoreCommit().Add(key);
            if (created.Policy is { } policy)
            {
                commit.PutKeyPolicy(key.Arn, policy);
            }

            if (created.Material is { } material)
            {
                commit.PutKeyMaterial(material);
            }

            if (key.CustomKeyStoreId is not { } storeId)
            {
                return new Plan(commit, MetadataResult(key, null));
            }

            return CustomKeyStoreOperations.ForNewKey(context, key, storeId).Map(store => new Plan(
                commit.ReplaceCustomKeyStore(store, store with { }),
                MetadataResult(key, store)));
        }));
    }

    // A fixed ID is taken by a key with that ID in the Region; a multi-Region ID, in any Region of the account, since
    // related multi-Region keys share their key ID and a replica must be free to take it.
    private static AwsRegion? IdTaken(KmsRequestContext context, KmsKey key)
    {
        if (context.Store.FindKey(key.Arn) is not null)
        {
            return key.Region;
        }

        if (key.MultiRegion)
        {
            foreach (var other in context.Store.ListKeys(key.AccountId))
            {
                if (other.KeyId == key.KeyId)
                {
                    return other.Region;
                }
            }
        }

        return null;
    }

    /// <summary>The refusal of a key ID that a key of the account already has (a fixed ID): the project's text, as AWS's IDs never collide.</summary>
    internal static ServiceError KeyIdTaken(KeyId keyId, AwsRegion region) =>
        new("AlreadyExistsException", $"A key with the key ID {keyId} already exists in {region}.");

    // The most frequent call of all, so it resolves the key itself rather than hand Read a closure over the context.
    public static KmsResult DescribeKey(DescribeKeyRequest request, KmsRequestContext context)
    {
        var resolved = context.Resolve(request.KeyId, KmsOperation.DescribeKey);
        return resolved.Error is { } error ? KmsResult.Error(error) : MetadataResult(resolved.Value, StoreOf(context, resolved.Value));
    }

    public static KmsResult ListKeys(ListRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        if (context.AuthorizeIdentity(RequestConditions.ListKeys, RequestConditions.AnyResource) is { } denied)
        {
            return KmsResult.Error(denied);
        }

        // One key more than the page tells whether another page follows; the store walks its ordered index from the marker.
        var limit = request.Limit ?? DefaultLimit;
        var keys = context.Store.ListKeys(context.Caller.AccountId, context.Caller.Region, after, limit + 1);
        var page = Paging.Page(keys, key => key.KeyId.ToString(), null, limit);
        return KmsResult.Json(
            new ListKeysResponse
            {
                Keys = [.. page.Items.Select(key => new KeyListEntryModel { KeyId = key.KeyId.ToString(), KeyArn = key.Arn.ToString() })],
                NextMarker = page.NextMarker,
                Truncated = page.NextMarker is not null,
            },
            KmsJsonContext.Default.ListKeysResponse);
    }

    private static KmsCustomKeyStore? StoreOf(KmsRequestContext context, KmsKey key) =>
        key.CustomKeyStoreId is { } id ? context.Store.FindCustomKeyStore(key.AccountId, key.Region, id) : null;

    private static KmsResult MetadataResult(KmsKey key, KmsCustomKeyStore? store) => KeyMetadataAnswers.For(key, store);
}
