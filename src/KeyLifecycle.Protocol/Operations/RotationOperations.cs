using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>EnableKeyRotation</c>, <c>DisableKeyRotation</c> and <c>GetKeyRotationStatus</c>.</summary>
internal static class RotationOperations
{
    public static KmsResult EnableKeyRotation(EnableKeyRotationRequest request, KmsRequestContext context) =>
        context.Update(
            request.KeyId,
            KmsOperation.EnableKeyRotation,
            key => KeyTransitions.EnableKeyRotation(key, request.RotationPeriodInDays, context.Now).ToOutcome(),
            _ => KmsResult.Empty);

    public static KmsResult DisableKeyRotation(KeyIdRequest request, KmsRequestContext context) =>
        context.Update(request.KeyId, KmsOperation.DisableKeyRotation, key => KeyTransitions.DisableKeyRotation(key).ToOutcome(), _ => KmsResult.Empty);

    public static KmsResult GetKeyRotationStatus(KeyIdRequest request, KmsRequestContext context) =>
        context.Read(request.KeyId, KmsOperation.GetKeyRotationStatus, key => KeyTransitions.GetKeyRotationStatus(key).ToOutcome().Map(status =>
            KmsResult.Json(
                new GetKeyRotationStatusResponse
                {
                    KeyRotationEnabled = status.KeyRotationEnabled,
                    KeyId = key.Arn.ToString(),
                    RotationPeriodInDays = status.RotationPeriodInDays,
                    NextRotationDate = status.NextRotationDate,
                },
                KmsJsonContext.Default.GetKeyRotationStatusResponse)));
}
