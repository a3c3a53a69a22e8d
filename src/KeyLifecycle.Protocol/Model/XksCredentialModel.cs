namespace KeyLifecycle.Protocol.Model;

/// <summary>The <c>XksProxyAuthenticationCredentialType</c> shape.</summary>
internal sealed class XksCredentialModel
{
    public string? AccessKeyId { get; init; }

    public string? RawSecretAccessKey { get; init; }
}
