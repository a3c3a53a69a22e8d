namespace KeyLifecycle.Algorithms;

/// <summary>A MAC algorithm (<c>MacAlgorithmSpec</c>).</summary>
public enum MacAlgorithm
{
    /// <summary><c>HMAC_SHA_224</c>.</summary>
    HmacSha224,

    /// <summary><c>HMAC_SHA_256</c>.</summary>
    HmacSha256,

    /// <summary><c>HMAC_SHA_384</c>.</summary>
    HmacSha384,

    /// <summary><c>HMAC_SHA_512</c>.</summary>
    HmacSha512,
}
