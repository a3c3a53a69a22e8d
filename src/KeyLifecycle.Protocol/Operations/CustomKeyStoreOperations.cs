using System;
using System.Linq;
using System.Security.Cryptography;
using KeyLifecycle.Errors;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The custom key store calls that create, connect, disconnect, describe and delete a store.</summary>
/// <remarks>
/// The emulated stores have no backing cluster or proxy: connecting and disconnecting complete at once. Disconnecting
/// makes each key of the store unavailable through the domain's <see cref="KeyTransitions.KeyStoreDisconnected"/>, and
/// connecting restores them through <see cref="KeyTransitions.KeyStoreConnected"/>, in the same commit as the store.
/// </remarks>
internal static class CustomKeyStoreOperations
{
    private const int DefaultLimit = 1000;

    public static KmsResult CreateCustomKeyStore(ValidCreateCustomKeyStoreRequest request, KmsRequestContext context)
    {
        var type = request.CustomKeyStoreType == "EXTERNAL_KEY_STORE" ? CustomKeyStoreType.ExternalKeyStore : CustomKeyStoreType.AwsCloudHsm;
        if (MissingParameter(request, type) is { } missing)
        {
            return KmsResult.Error(new ValidationFailed(missing));
        }

        return context.Run(() =>
        {
            if (context.Store.ListCustomKeyStores(context.Caller.AccountId, context.Caller.Region)
                .Any(store => string.Equals(store.Name, request.CustomKeyStoreName, StringComparison.Ordinal)))
            {
                return KmsOutcome<Plan>.Fail(ServiceError.CustomKeyStoreNameInUse);
            }

            var store = new KmsCustomKeyStore
            {
                Id = "cks-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9))[..17],
                AccountId = context.Caller.AccountId,
                Region = context.Caller.Region,
                Name = request.CustomKeyStoreName,
                StoreType = type,
                CreationDate = context.Now,
                CloudHsmClusterId = request.CloudHsmClusterId,
                TrustAnchorCertificate = request.TrustAnchorCertificate,
                XksProxyUriEndpoint = request.XksProxyUriEndpoint,
                XksProxyUriPath = request.XksProxyUriPath,
                XksProxyConnectivity = request.XksProxyConnectivity,
                XksProxyVpcEndpointServiceName = request.XksProxyVpcEndpointServiceName,
                XksProxyAccessKeyId = request.XksProxyAuthenticationCredential?.AccessKeyId,
            };
            return new Plan(
                new KeyStoreCommit().AddCustomKeyStore(store),
                KmsResult.Json(new CreateCustomKeyStoreResponse { CustomKeyStoreId = store.Id }, KmsJsonContext.Default.CreateCustomKeyStoreResponse));
        });
    }

    public static KmsResult ConnectCustomKeyStore(ValidCustomKeyStoreRequest request, KmsRequestContext context) =>
        context.Run(() => Find(context, request.CustomKeyStoreId).Map(store => store.ConnectionState == CustomKeyStoreConnectionState.Connected
            ? new Plan(null, Empty)
            : new Plan(WithKeys(context, store, store with { ConnectionState = CustomKeyStoreConnectionState.Connected }, KeyTransitions.KeyStoreConnected), Empty)));

    public static KmsResult DisconnectCustomKeyStore(ValidCustomKeyStoreRequest request, KmsRequestContext context) =>
        context.Run(() => Find(context, request.CustomKeyStoreId).Then(store => store.ConnectionState == CustomKeyStoreConnectionState.Disconnected
            ? KmsOutcome<Plan>.Fail(ServiceError.CustomKeyStoreInvalidState($"The custom key store {store.Id} is already disconnected."))
            : new Plan(WithKeys(context, store, store with { ConnectionState = CustomKeyStoreConnectionState.Disconnected }, KeyTransitions.KeyStoreDisconnected), Empty)));

    public static KmsResult DeleteCustomKeyStore(ValidCustomKeyStoreRequest request, KmsRequestContext context) =>
        context.Run(() => Find(context, request.CustomKeyStoreId).Then(store =>
            store.ConnectionState == CustomKeyStoreConnectionState.Connected
                ? KmsOutcome<Plan>.Fail(ServiceError.CustomKeyStoreInvalidState($"The custom key store {store.Id} is connected. Disconnect it before you delete it."))
            : KeysIn(context, store).Any()
                ? KmsOutcome<Plan>.Fail(ServiceError.CustomKeyStoreHasKeys)
            : new Plan(new KeyStoreCommit().RemoveCustomKeyStore(store), Empty)));

    public static KmsResult DescribeCustomKeyStores(DescribeCustomKeyStoresRequest request, KmsRequestContext context)
    {
        if (!Paging.TryReadMarker(request.Marker, out var after))
        {
            return KmsResult.Error(InvalidMarker.Instance);
        }

        var stores = context.Store.ListCustomKeyStores(context.Caller.AccountId, context.Caller.Region)
            .Where(store => (request.CustomKeyStoreId is null || store.Id == request.CustomKeyStoreId)
                && (request.CustomKeyStoreName is null || store.Name == request.CustomKeyStoreName))
            .ToList();
        if (stores.Count == 0 && (request.CustomKeyStoreId is not null || request.CustomKeyStoreName is not null))
        {
            return KmsResult.Error(ServiceError.CustomKeyStoreNotFound);
        }

        var page = Paging.Page(stores, store => store.Id, after, request.Limit ?? DefaultLimit);
        return KmsResult.Json(
            new DescribeCustomKeyStoresResponse
            {
                CustomKeyStores = [.. page.Items.Select(CustomKeyStoreModel.From)],
                NextMarker = page.NextMarker,
                Truncated = page.NextMarker is not null,
            },
            KmsJsonContext.Default.DescribeCustomKeyStoresResponse);
    }

    /// <summary>Checks a key about to be created in the custom key store <paramref name="storeId"/> (the key's); the commit then bumps the store's record, so that a concurrent disconnect or delete sees the new key.</summary>
    public static KmsOutcome<KmsCustomKeyStore> ForNewKey(KmsRequestContext context, KmsKey key, string storeId)
    {
        if (context.Store.FindCustomKeyStore(context.Caller.AccountId, context.Caller.Region, storeId) is not { } store)
        {
            return KmsOutcome<KmsCustomKeyStore>.Fail(ServiceError.CustomKeyStoreNotFound);
        }

        var expected = store.StoreType == CustomKeyStoreType.AwsCloudHsm ? KeyOrigin.AwsCloudHsm : KeyOrigin.ExternalKeyStore;
        if (key.Origin != expected)
        {
            return KmsOutcome<KmsCustomKeyStore>.Fail(new ValidationFailed(
                $"Origin {key.Origin.ToWireName()} does not match custom key store {store.Id}, whose keys have origin {expected.ToWireName()}"));
        }

        return store.ConnectionState != CustomKeyStoreConnectionState.Connected
            ? KmsOutcome<KmsCustomKeyStore>.Fail(ServiceError.CustomKeyStoreInvalidState($"The custom key store {store.Id} is not connected."))
            : store;
    }

    private static KmsResult Empty => KmsResult.Json(EmptyResponse.Instance, KmsJsonContext.Default.EmptyResponse);

    private static KmsOutcome<KmsCustomKeyStore> Find(KmsRequestContext context, string id) =>
        context.Store.FindCustomKeyStore(context.Caller.AccountId, context.Caller.Region, id) is { } store
            ? store
            : KmsOutcome<KmsCustomKeyStore>.Fail(ServiceError.CustomKeyStoreNotFound);

    private static System.Collections.Generic.IEnumerable<KmsKey> KeysIn(KmsRequestContext context, KmsCustomKeyStore store) =>
        context.Store.ListKeys(store.AccountId, store.Region).Where(key => key.CustomKeyStoreId == store.Id);

    private static KeyStoreCommit WithKeys(KmsRequestContext context, KmsCustomKeyStore store, KmsCustomKeyStore replacement, Func<KmsKey, KmsKey> transition)
    {
        var commit = new KeyStoreCommit().ReplaceCustomKeyStore(store, replacement);
        foreach (var key in KeysIn(context, store))
        {
            if (transition(key) is var updated && !ReferenceEquals(updated, key))
            {
                commit.Replace(key, updated);
            }
        }

        return commit;
    }

    private static string? MissingParameter(ValidCreateCustomKeyStoreRequest request, CustomKeyStoreType type) => type switch
    {
        CustomKeyStoreType.AwsCloudHsm when request.CloudHsmClusterId is null || request.TrustAnchorCertificate is null || request.KeyStorePassword is null =>
            "CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword are required for a custom key store of type AWS_CLOUDHSM",
        CustomKeyStoreType.ExternalKeyStore when request.XksProxyUriEndpoint is null || request.XksProxyUriPath is null
            || request.XksProxyAuthenticationCredential is null || request.XksProxyConnectivity is null =>
            "XksProxyUriEndpoint, XksProxyUriPath, XksProxyAuthenticationCredential and XksProxyConnectivity are required for a custom key store of type EXTERNAL_KEY_STORE",
        CustomKeyStoreType.ExternalKeyStore when request.XksProxyConnectivity == "VPC_ENDPOINT_SERVICE" && request.XksProxyVpcEndpointServiceName is null =>
            "XksProxyVpcEndpointServiceName is required when XksProxyConnectivity is VPC_ENDPOINT_SERVICE",
        _ => null,
    };
}
