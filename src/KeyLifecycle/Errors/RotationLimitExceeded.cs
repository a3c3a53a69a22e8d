using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>
/// The key has been rotated on demand as often as the service allows (<see cref="KeyTransitions.MaxOnDemandRotations"/>):
/// <c>LimitExceededException</c>, <c>The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: &lt;key ARN&gt;</c>.
/// </summary>
/// <param name="KeyArn">The key's ARN.</param>
/// <remarks>
/// The text is as recorded from the real service by LocalStack's AWS-validated test of the limit (2025); see
/// <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html">RotateKeyOnDemand</see>.
/// </remarks>
public sealed record RotationLimitExceeded(KeyArn KeyArn) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "LimitExceededException";

    /// <inheritdoc/>
    public string Message => $"The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: {KeyArn}";
}
