using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The key's state does not allow the operation: <c>KMSInvalidStateException</c>, such as <c>&lt;key ARN&gt; is pending deletion.</c></summary>
/// <param name="KeyArn">The key's ARN; the message always shows the full ARN, even when the request used a bare key ID.</param>
/// <param name="State">The key's state when the operation was refused.</param>
/// <param name="Operation">The refused operation.</param>
/// <param name="Reason">Which wording applies.</param>
/// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key states of AWS KMS keys</see>.</remarks>
public sealed record InvalidKeyState(KeyArn KeyArn, KeyState State, KmsOperation Operation, InvalidStateReason Reason) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "KMSInvalidStateException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        InvalidStateReason.PendingDeletion => $"{KeyArn} is pending deletion.",
        InvalidStateReason.PendingReplicaDeletion => $"{KeyArn} is pending replica deletion.",
        InvalidStateReason.NotPendingDeletion => $"{KeyArn} is not pending deletion.",
        InvalidStateReason.PendingImport => $"{KeyArn} is pending import.",
        InvalidStateReason.Unavailable => $"{KeyArn} is unavailable.",
        InvalidStateReason.Creating => $"{KeyArn} is creating.",
        InvalidStateReason.Updating => $"{KeyArn} is updating.",
        InvalidStateReason.NoKeyMaterialPendingRotation => $"No available key material pending rotation for the key: {KeyArn}.",
        InvalidStateReason.KeyMaterialPendingRotation => $"{KeyArn} already has key material pending rotation.",
    };
}
