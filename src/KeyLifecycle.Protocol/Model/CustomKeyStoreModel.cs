using System;
using KeyLifecycle.Protocol.Storage;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>CustomKeyStoresListEntry</c> shape.</summary>
internal sealed class CustomKeyStoreModel
{
    public required string CustomKeyStoreId { get; init; }

    public required string CustomKeyStoreName { get; init; }

    public string? CloudHsmClusterId { get; init; }

    public string? TrustAnchorCertificate { get; init; }

    public required string ConnectionState { get; init; }

    [JsonConverter(typeof(EpochSecondsConverter))]
    public required DateTimeOffset CreationDate { get; init; }

    public required string CustomKeyStoreType { get; init; }

    public XksProxyConfigurationModel? XksProxyConfiguration { get; init; }

    public static CustomKeyStoreModel From(KmsCustomKeyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new CustomKeyStoreModel
        {
            CustomKeyStoreId = store.Id,
            CustomKeyStoreName = store.Name,
            CloudHsmClusterId = store.CloudHsmClusterId,
            TrustAnchorCertificate = store.TrustAnchorCertificate,
            ConnectionState = store.ConnectionState == CustomKeyStoreConnectionState.Connected ? "CONNECTED" : "DISCONNECTED",
            CreationDate = store.CreationDate,
            CustomKeyStoreType = store.StoreType == Storage.CustomKeyStoreType.AwsCloudHsm ? "AWS_CLOUDHSM" : "EXTERNAL_KEY_STORE",
            XksProxyConfiguration = store.StoreType == Storage.CustomKeyStoreType.ExternalKeyStore
                ? new XksProxyConfigurationModel
                {
                    Connectivity = store.XksProxyConnectivity,
                    AccessKeyId = store.XksProxyAccessKeyId,
                    UriEndpoint = store.XksProxyUriEndpoint,
                    UriPath = store.XksProxyUriPath,
                    VpcEndpointServiceName = store.XksProxyVpcEndpointServiceName,
                }
                : null,
        };
    }
}
