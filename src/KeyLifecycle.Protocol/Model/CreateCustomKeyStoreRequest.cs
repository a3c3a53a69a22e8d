
namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>CreateCustomKeyStore</c>.</summary>
internal sealed class CreateCustomKeyStoreRequest : IValidatedKmsRequest<ValidCreateCustomKeyStoreRequest>
{
    public static readonly string[] StoreTypes = ["AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"];
    public static readonly string[] Connectivities = ["PUBLIC_ENDPOINT", "VPC_ENDPOINT_SERVICE"];

    public string? CustomKeyStoreName { get; init; }

    public string? CloudHsmClusterId { get; init; }

    public string? TrustAnchorCertificate { get; init; }

    public string? KeyStorePassword { get; init; }

    public string? CustomKeyStoreType { get; init; }

    public string? XksProxyUriEndpoint { get; init; }

    public string? XksProxyUriPath { get; init; }

    public string? XksProxyVpcEndpointServiceName { get; init; }

    public string? XksProxyVpcEndpointServiceOwner { get; init; }

    public XksCredentialModel? XksProxyAuthenticationCredential { get; init; }

    public string? XksProxyConnectivity { get; init; }

    public KmsOutcome<ValidCreateCustomKeyStoreRequest> Validate() => new ModelValidator()
        .Required("customKeyStoreName", CustomKeyStoreName)
        .Length("customKeyStoreName", CustomKeyStoreName, Shapes.CustomKeyStoreNameMin, Shapes.CustomKeyStoreNameMax)
        .Length("cloudHsmClusterId", CloudHsmClusterId, 19, 24)
        .Pattern("cloudHsmClusterId", CloudHsmClusterId, Shapes.CloudHsmClusterId(), Shapes.CloudHsmClusterIdPattern)
        .Length("trustAnchorCertificate", TrustAnchorCertificate, 1, 5000)
        .Length("keyStorePassword", KeyStorePassword, 7, 32, sensitive: true)
        .Enum("customKeyStoreType", CustomKeyStoreType, StoreTypes)
        .Length("xksProxyUriEndpoint", XksProxyUriEndpoint, 10, 128)
        .Length("xksProxyUriPath", XksProxyUriPath, 10, 128)
        .Length("xksProxyVpcEndpointServiceName", XksProxyVpcEndpointServiceName, 20, 64)
        .Length("xksProxyVpcEndpointServiceOwner", XksProxyVpcEndpointServiceOwner, 12, 12)
        .Required("xksProxyAuthenticationCredential.accessKeyId", XksProxyAuthenticationCredential is null ? string.Empty : XksProxyAuthenticationCredential.AccessKeyId)
        .Required("xksProxyAuthenticationCredential.rawSecretAccessKey", XksProxyAuthenticationCredential is null ? string.Empty : XksProxyAuthenticationCredential.RawSecretAccessKey)
        .Length("xksProxyAuthenticationCredential.accessKeyId", XksProxyAuthenticationCredential?.AccessKeyId, 20, 30, sensitive: true)
        .Length("xksProxyAuthenticationCredential.rawSecretAccessKey", XksProxyAuthenticationCredential?.RawSecretAccessKey, 43, 64, sensitive: true)
        .Enum("xksProxyConnectivity", XksProxyConnectivity, Connectivities)
        .Valid<ValidCreateCustomKeyStoreRequest>(CustomKeyStoreName is { } customKeyStoreName
            ? new ValidCreateCustomKeyStoreRequest(customKeyStoreName, CustomKeyStoreType, CloudHsmClusterId, TrustAnchorCertificate, KeyStorePassword, XksProxyUriEndpoint, XksProxyUriPath, XksProxyVpcEndpointServiceName, XksProxyAuthenticationCredential, XksProxyConnectivity)
            : null);
}
