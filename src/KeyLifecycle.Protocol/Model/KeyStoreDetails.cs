namespace KeyLifecycle.Protocol.Model;

/// <summary>What <c>KeyMetadata</c> shows of a key's custom key store: the CloudHSM cluster of an AWS CloudHSM key store.</summary>
internal sealed record KeyStoreDetails(string? CloudHsmClusterId);
