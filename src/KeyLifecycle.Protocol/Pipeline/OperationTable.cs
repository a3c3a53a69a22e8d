using System;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using KeyLifecycle.Policies;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Operations;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The operations served, by <c>X-Amz-Target</c>: each reads its input shape, validates it against the model, and runs its handler.</summary>
internal static class OperationTable
{
    public const string TargetPrefix = "TrentService.";

    private static readonly FrozenDictionary<string, OperationEntry> s_byTarget = Build(
    [
        Entry<CreateKeyRequest, ValidCreateKeyRequest>("CreateKey", KmsJsonContext.Default.CreateKeyRequest, KeyOperations.CreateKey),
        Entry("DescribeKey", KmsJsonContext.Default.DescribeKeyRequest, KeyOperations.DescribeKey),
        Entry("ListKeys", KmsJsonContext.Default.ListRequest, KeyOperations.ListKeys),
        Entry("EnableKey", KmsJsonContext.Default.KeyIdRequest, LifecycleOperations.EnableKey),
        Entry("DisableKey", KmsJsonContext.Default.KeyIdRequest, LifecycleOperations.DisableKey),
        Entry("ScheduleKeyDeletion", KmsJsonContext.Default.ScheduleKeyDeletionRequest, LifecycleOperations.ScheduleKeyDeletion),
        Entry("CancelKeyDeletion", KmsJsonContext.Default.KeyIdRequest, LifecycleOperations.CancelKeyDeletion),
        Entry("EnableKeyRotation", KmsJsonContext.Default.EnableKeyRotationRequest, RotationOperations.EnableKeyRotation),
        Entry("DisableKeyRotation", KmsJsonContext.Default.KeyIdRequest, RotationOperations.DisableKeyRotation),
        Entry("GetKeyRotationStatus", KmsJsonContext.Default.KeyIdRequest, RotationOperations.GetKeyRotationStatus),
        Entry("RotateKeyOnDemand", KmsJsonContext.Default.KeyIdRequest, RotationOperations.RotateKeyOnDemand),
        Entry("ListKeyRotations", KmsJsonContext.Default.ListKeyRotationsRequest, RotationOperations.ListKeyRotations),
        Entry("GetKeyPolicy", KmsJsonContext.Default.GetKeyPolicyRequest, PolicyOperations.GetKeyPolicy),
        Entry<PutKeyPolicyRequest, ValidPutKeyPolicyRequest>("PutKeyPolicy", KmsJsonContext.Default.PutKeyPolicyRequest, PolicyOperations.PutKeyPolicy),
        Entry("ListKeyPolicies", KmsJsonContext.Default.ListKeyPoliciesRequest, PolicyOperations.ListKeyPolicies),
        Entry<UpdateKeyDescriptionRequest, ValidUpdateKeyDescriptionRequest>("UpdateKeyDescription", KmsJsonContext.Default.UpdateKeyDescriptionRequest, MetadataOperations.UpdateKeyDescription),
        Entry<TagResourceRequest, ValidTagResourceRequest>("TagResource", KmsJsonContext.Default.TagResourceRequest, MetadataOperations.TagResource),
        Entry<UntagResourceRequest, ValidUntagResourceRequest>("UntagResource", KmsJsonContext.Default.UntagResourceRequest, MetadataOperations.UntagResource),
        Entry("ListResourceTags", KmsJsonContext.Default.ListResourceTagsRequest, MetadataOperations.ListResourceTags),
        Entry("CreateAlias", KmsJsonContext.Default.AliasRequest, AliasOperations.CreateAlias),
        Entry("UpdateAlias", KmsJsonContext.Default.AliasRequest, AliasOperations.UpdateAlias),
        Entry("DeleteAlias", KmsJsonContext.Default.DeleteAliasRequest, AliasOperations.DeleteAlias),
        Entry("ListAliases", KmsJsonContext.Default.ListAliasesRequest, AliasOperations.ListAliases),
        Entry<ReplicateKeyRequest, ValidReplicateKeyRequest>("ReplicateKey", KmsJsonContext.Default.ReplicateKeyRequest, MultiRegionOperations.ReplicateKey),
        Entry<UpdatePrimaryRegionRequest, ValidUpdatePrimaryRegionRequest>("UpdatePrimaryRegion", KmsJsonContext.Default.UpdatePrimaryRegionRequest, MultiRegionOperations.UpdatePrimaryRegion),
        EntryAsync<GetParametersForImportRequest, ValidGetParametersForImportRequest>("GetParametersForImport", KmsJsonContext.Default.GetParametersForImportRequest, ImportOperations.GetParametersForImportAsync),
        Entry<ImportKeyMaterialRequest, ValidImportKeyMaterialRequest>("ImportKeyMaterial", KmsJsonContext.Default.ImportKeyMaterialRequest, ImportOperations.ImportKeyMaterial),
        Entry("DeleteImportedKeyMaterial", KmsJsonContext.Default.DeleteImportedKeyMaterialRequest, ImportOperations.DeleteImportedKeyMaterial),
        Entry<EncryptRequest, ValidEncryptRequest>("Encrypt", KmsJsonContext.Default.EncryptRequest, CryptographyOperations.Encrypt),
        Entry<DecryptRequest, ValidDecryptRequest>("Decrypt", KmsJsonContext.Default.DecryptRequest, CryptographyOperations.Decrypt),
        Entry<ReEncryptRequest, ValidReEncryptRequest>("ReEncrypt", KmsJsonContext.Default.ReEncryptRequest, CryptographyOperations.ReEncrypt),
        Entry("GenerateDataKey", KmsJsonContext.Default.GenerateDataKeyRequest, CryptographyOperations.GenerateDataKey),
        Entry("GenerateDataKeyWithoutPlaintext", KmsJsonContext.Default.GenerateDataKeyRequest, CryptographyOperations.GenerateDataKeyWithoutPlaintext),
        Entry("GenerateDataKeyPair", KmsJsonContext.Default.GenerateDataKeyPairRequest, CryptographyOperations.GenerateDataKeyPair),
        Entry("GenerateDataKeyPairWithoutPlaintext", KmsJsonContext.Default.GenerateDataKeyPairRequest, CryptographyOperations.GenerateDataKeyPairWithoutPlaintext),
        Entry<SignRequest, ValidSignRequest>("Sign", KmsJsonContext.Default.SignRequest, CryptographyOperations.Sign),
        Entry<VerifyRequest, ValidVerifyRequest>("Verify", KmsJsonContext.Default.VerifyRequest, CryptographyOperations.Verify),
        Entry("GetPublicKey", KmsJsonContext.Default.GetPublicKeyRequest, CryptographyOperations.GetPublicKey),
        Entry<GenerateMacRequest, ValidGenerateMacRequest>("GenerateMac", KmsJsonContext.Default.GenerateMacRequest, CryptographyOperations.GenerateMac),
        Entry<VerifyMacRequest, ValidVerifyMacRequest>("VerifyMac", KmsJsonContext.Default.VerifyMacRequest, CryptographyOperations.VerifyMac),
        Entry("GenerateRandom", KmsJsonContext.Default.GenerateRandomRequest, CryptographyOperations.GenerateRandom),
        Entry<DeriveSharedSecretRequest, ValidDeriveSharedSecretRequest>("DeriveSharedSecret", KmsJsonContext.Default.DeriveSharedSecretRequest, CryptographyOperations.DeriveSharedSecret),
        Entry<CreateGrantRequest, ValidCreateGrantRequest>("CreateGrant", KmsJsonContext.Default.CreateGrantRequest, GrantOperations.CreateGrant),
        Entry("ListGrants", KmsJsonContext.Default.ListGrantsRequest, GrantOperations.ListGrants),
        Entry("ListRetirableGrants", KmsJsonContext.Default.ListRetirableGrantsRequest, GrantOperations.ListRetirableGrants),
        Entry("RetireGrant", KmsJsonContext.Default.RetireGrantRequest, GrantOperations.RetireGrant),
        Entry<RevokeGrantRequest, ValidRevokeGrantRequest>("RevokeGrant", KmsJsonContext.Default.RevokeGrantRequest, GrantOperations.RevokeGrant),
        IdentityOnly(Entry<CreateCustomKeyStoreRequest, ValidCreateCustomKeyStoreRequest>("CreateCustomKeyStore", KmsJsonContext.Default.CreateCustomKeyStoreRequest, CustomKeyStoreOperations.CreateCustomKeyStore)),
        IdentityOnly(Entry<CustomKeyStoreRequest, ValidCustomKeyStoreRequest>("ConnectCustomKeyStore", KmsJsonContext.Default.CustomKeyStoreRequest, CustomKeyStoreOperations.ConnectCustomKeyStore)),
        IdentityOnly(Entry<CustomKeyStoreRequest, ValidCustomKeyStoreRequest>("DisconnectCustomKeyStore", KmsJsonContext.Default.CustomKeyStoreRequest, CustomKeyStoreOperations.DisconnectCustomKeyStore)),
        IdentityOnly(Entry("DescribeCustomKeyStores", KmsJsonContext.Default.DescribeCustomKeyStoresRequest, CustomKeyStoreOperations.DescribeCustomKeyStores)),
        IdentityOnly(Entry<CustomKeyStoreRequest, ValidCustomKeyStoreRequest>("DeleteCustomKeyStore", KmsJsonContext.Default.CustomKeyStoreRequest, CustomKeyStoreOperations.DeleteCustomKeyStore)),
    ]);

    public static bool IsKnown(string operation) => s_byTarget.ContainsKey(TargetPrefix + operation);

    public static bool TryGet(string? target, [MaybeNullWhen(false)] out OperationEntry entry)
    {
        entry = null;
        return target is not null && s_byTarget.TryGetValue(target, out entry);
    }

    private static OperationEntry Entry<TRequest>(string name, JsonTypeInfo<TRequest> typeInfo, Func<TRequest, KmsRequestContext, KmsResult> handler)
        where TRequest : IKmsRequest =>
        Serve(name, typeInfo, static request => request.Validate() is { } invalid ? KmsOutcome<TRequest>.Fail(invalid) : request, handler);

    // A shape whose handler takes its validated form, so that the handler needs no null check (nor a null-forgiving
    // operator) for a member the model requires.
    private static OperationEntry Entry<TRequest, TValid>(string name, JsonTypeInfo<TRequest> typeInfo, Func<TValid, KmsRequestContext, KmsResult> handler)
        where TRequest : IValidatedKmsRequest<TValid>
        where TValid : struct =>
        Serve(name, typeInfo, static request => request.Validate(), handler);

    // A handler that waits for something made off the request path (GetParametersForImport's key pair) without holding a thread.
    private static OperationEntry EntryAsync<TRequest, TValid>(string name, JsonTypeInfo<TRequest> typeInfo, Func<TValid, KmsRequestContext, ValueTask<KmsResult>> handler)
        where TRequest : IValidatedKmsRequest<TValid>
        where TValid : struct =>
        new(name, (body, context) => Prepare(body, typeInfo, static request => request.Validate(), context).TryPick(out var valid, out var refused)
            ? handler(valid, context)
            : new ValueTask<KmsResult>(KmsResult.Error(refused)));

    private static OperationEntry Serve<TRequest, TValid>(
        string name, JsonTypeInfo<TRequest> typeInfo, Func<TRequest, KmsOutcome<TValid>> validate, Func<TValid, KmsRequestContext, KmsResult> handler) =>
        new(name, (body, context) => new ValueTask<KmsResult>(Prepare(body, typeInfo, validate, context).TryPick(out var valid, out var refused)
            ? handler(valid, context)
            : KmsResult.Error(refused)));

    private static KmsOutcome<TValid> Prepare<TRequest, TValid>(
        ReadOnlyMemory<byte> body, JsonTypeInfo<TRequest> typeInfo, Func<TRequest, KmsOutcome<TValid>> validate, KmsRequestContext context)
    {
        var request = RequestReader.Read(body, typeInfo);
        if (request.Error is { } unreadable)
        {
            return KmsOutcome<TValid>.Fail(unreadable);
        }

        if (!validate(request.Value).TryPick(out var valid, out var invalid))
        {
            return KmsOutcome<TValid>.Fail(invalid);
        }

        // What fell due happens before the request is served, and only for a request that will be: a refused request
        // changes nothing, not even through the sweep.
        context.Services.Housekeeping.Sweep(context.Caller.AccountId, context.Now);
        return valid;
    }

    // An operation on no key, whose permission only the caller's identity policies grant (the custom key store
    // operations): decided before the request is read, as the service's front door does.
    private static OperationEntry IdentityOnly(OperationEntry entry)
    {
        var action = KmsAction.Parse("kms:" + entry.Name);
        return new(entry.Name, (body, context) => context.AuthorizeIdentity(action, RequestConditions.AnyResource) is { } denied
            ? new ValueTask<KmsResult>(KmsResult.Error(denied))
            : entry.Invoke(body, context));
    }

    private static FrozenDictionary<string, OperationEntry> Build(OperationEntry[] entries) =>
        entries.ToFrozenDictionary(entry => TargetPrefix + entry.Name, StringComparer.Ordinal);
}
