namespace KeyLifecycle.Protocol.Model;

/// <summary>What <c>KeyMetadata</c> shows of a key's custom key store: the CloudHSM cluster, or the key's ID in the external key manager.</summary>
internal sealed record KeyStoreDetails(string? CloudHsmClusterId, string? XksKeyId);
