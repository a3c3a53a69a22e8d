namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>XksProxyConfigurationType</c> shape.</summary>
internal sealed class XksProxyConfigurationModel
{
    public string? Connectivity { get; init; }

    public string? AccessKeyId { get; init; }

    public string? UriEndpoint { get; init; }

    public string? UriPath { get; init; }

    public string? VpcEndpointServiceName { get; init; }
}
