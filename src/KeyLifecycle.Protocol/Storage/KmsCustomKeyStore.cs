using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>A custom key store, as <c>DescribeCustomKeyStores</c> reports it: the host state behind keys with origin <c>AWS_CLOUDHSM</c> or <c>EXTERNAL_KEY_STORE</c>.</summary>
/// <remarks>Immutable, like the keys; stored and changed through <see cref="KeyStoreCommit"/>. Names are unique in an account and Region.</remarks>
public sealed record KmsCustomKeyStore
{
    /// <summary>The store's ID, <c>cks-</c> followed by 17 hexadecimal digits.</summary>
    public required string Id { get; init; }

    /// <summary>The account that owns the store.</summary>
    public required AwsAccountId AccountId { get; init; }

    /// <summary>The store's Region.</summary>
    public required AwsRegion Region { get; init; }

    /// <summary>The store's friendly name, unique in its account and Region.</summary>
    public required string Name { get; init; }

    /// <summary>What backs the store.</summary>
    public required CustomKeyStoreType StoreType { get; init; }

    /// <summary>Whether the store is connected.</summary>
    public CustomKeyStoreConnectionState ConnectionState { get; init; }

    /// <summary>When the store was created.</summary>
    public required DateTimeOffset CreationDate { get; init; }

    /// <summary>The CloudHSM cluster of an <see cref="CustomKeyStoreType.AwsCloudHsm"/> store.</summary>
    public string? CloudHsmClusterId { get; init; }

    /// <summary>The trust anchor certificate of an <see cref="CustomKeyStoreType.AwsCloudHsm"/> store.</summary>
    public string? TrustAnchorCertificate { get; init; }

    /// <summary>The proxy endpoint of an <see cref="CustomKeyStoreType.ExternalKeyStore"/> store.</summary>
    public string? XksProxyUriEndpoint { get; init; }

    /// <summary>The proxy path of an <see cref="CustomKeyStoreType.ExternalKeyStore"/> store.</summary>
    public string? XksProxyUriPath { get; init; }

    /// <summary>How KMS reaches the proxy of an <see cref="CustomKeyStoreType.ExternalKeyStore"/> store: <c>PUBLIC_ENDPOINT</c> or <c>VPC_ENDPOINT_SERVICE</c>.</summary>
    public string? XksProxyConnectivity { get; init; }

    /// <summary>The VPC endpoint service of a proxy reached through one.</summary>
    public string? XksProxyVpcEndpointServiceName { get; init; }

    /// <summary>The access key ID of the proxy's authentication credential (the secret is not kept).</summary>
    public string? XksProxyAccessKeyId { get; init; }
}
