using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ScheduleKeyDeletion</c>.</summary>
/// <remarks>The model allows a window of 1 to 365 days; the 7 to 30 days the service enforces is the domain's rule.</remarks>
internal sealed class ScheduleKeyDeletionRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public int? PendingWindowInDays { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Range("pendingWindowInDays", PendingWindowInDays, Shapes.PendingWindowMin, Shapes.PendingWindowMax)
        .Result;
}
