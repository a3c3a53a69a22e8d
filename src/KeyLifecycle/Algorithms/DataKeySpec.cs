namespace KeyLifecycle.Algorithms;

/// <summary>The length of the data key <c>GenerateDataKey</c> returns (<c>DataKeySpec</c>).</summary>
public enum DataKeySpec
{
    /// <summary><c>AES_256</c>: 32 bytes.</summary>
    Aes256,

    /// <summary><c>AES_128</c>: 16 bytes.</summary>
    Aes128,
}
