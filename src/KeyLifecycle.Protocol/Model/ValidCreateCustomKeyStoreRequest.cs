namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="CreateCustomKeyStoreRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidCreateCustomKeyStoreRequest(
    string CustomKeyStoreName,
    string? CustomKeyStoreType,
    string? CloudHsmClusterId,
    string? TrustAnchorCertificate,
    string? KeyStorePassword,
    string? XksProxyUriEndpoint,
    string? XksProxyUriPath,
    string? XksProxyVpcEndpointServiceName,
    XksCredentialModel? XksProxyAuthenticationCredential,
    string? XksProxyConnectivity);
