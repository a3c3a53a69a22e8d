namespace KeyLifecycle.Protocol.Storage;

/// <summary>Whether a custom key store is connected to its backing store (<c>ConnectionStateType</c>).</summary>
/// <remarks>The emulated stores connect and disconnect at once, so the transient <c>CONNECTING</c> and <c>DISCONNECTING</c> states and <c>FAILED</c> never occur.</remarks>
public enum CustomKeyStoreConnectionState
{
    /// <summary><c>DISCONNECTED</c>: new stores start here; their keys are <c>Unavailable</c>.</summary>
    Disconnected,

    /// <summary><c>CONNECTED</c>: keys can be created in the store and used.</summary>
    Connected,
}
