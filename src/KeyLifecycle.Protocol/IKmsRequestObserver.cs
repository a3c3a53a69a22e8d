namespace KeyLifecycle.Protocol;

/// <summary>Sees every request a KMS endpoint has answered, for audit trails, request logs and test assertions.</summary>
/// <remarks>
/// <para>
/// Register implementations in DI (<c>services.AddSingleton&lt;IKmsRequestObserver, MyObserver&gt;()</c>); the endpoint
/// calls each one, in registration order, on the request's thread once the answer is decided and before it is sent, so a
/// client that has its response finds the request already observed. None registered
/// (the default) costs nothing.
/// </para>
/// <para>
/// Implementations must be thread-safe, quick and must not throw: keep the record and do any parsing later, when
/// someone asks. An exception thrown by an observer is logged and does not reach the client.
/// </para>
/// </remarks>
public interface IKmsRequestObserver
{
    /// <summary>Receives one answered request.</summary>
    /// <param name="record">What was asked and answered; its buffers are not reused, so the observer may keep them.</param>
    void OnRequestCompleted(KmsRequestRecord record);
}
