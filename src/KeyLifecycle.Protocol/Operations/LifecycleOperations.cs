using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;

namespace KeyLifecycle.Protocol.Operations;

/// <summary><c>EnableKey</c>, <c>DisableKey</c>, <c>ScheduleKeyDeletion</c> and <c>CancelKeyDeletion</c>: resolve, apply the domain's transition, swap.</summary>
internal static class LifecycleOperations
{
    public static KmsResult EnableKey(KeyIdRequest request, KmsRequestContext context) =>
        context.Update(request.KeyId, KmsOperation.EnableKey, key => KeyTransitions.EnableKey(key).ToOutcome(), _ => KmsResult.Empty);

    public static KmsResult DisableKey(KeyIdRequest request, KmsRequestContext context) =>
        context.Update(request.KeyId, KmsOperation.DisableKey, key => KeyTransitions.DisableKey(key).ToOutcome(), _ => KmsResult.Empty);

    public static KmsResult ScheduleKeyDeletion(ScheduleKeyDeletionRequest request, KmsRequestContext context) =>
        context.Update(
            request.KeyId,
            KmsOperation.ScheduleKeyDeletion,
            key => KeyTransitions.ScheduleKeyDeletion(key, request.PendingWindowInDays, context.Now).ToOutcome(),
            key => KmsResult.Json(
                new ScheduleKeyDeletionResponse
                {
                    KeyId = key.Arn.ToString(),
                    DeletionDate = key.DeletionDate,
                    KeyState = key.State.ToWireName(),
                    PendingWindowInDays = key.PendingDeletionWindowInDays ?? KeyTransitions.DefaultPendingWindowInDays,
                },
                KmsJsonContext.Default.ScheduleKeyDeletionResponse),
            RequestConditions.Value("kms:ScheduleKeyDeletionPendingWindowInDays", (long)(request.PendingWindowInDays ?? KeyTransitions.DefaultPendingWindowInDays)));

    public static KmsResult CancelKeyDeletion(KeyIdRequest request, KmsRequestContext context) =>
        context.Update(
            request.KeyId,
            KmsOperation.CancelKeyDeletion,
            key => KeyTransitions.CancelKeyDeletion(key).ToOutcome(),
            key => KmsResult.Json(new KeyIdResponse { KeyId = key.Arn.ToString() }, KmsJsonContext.Default.KeyIdResponse));
}
