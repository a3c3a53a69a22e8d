using System.Collections.Generic;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ReplicateKey</c>.</summary>
internal sealed class ReplicateKeyRequest : IValidatedKmsRequest<ValidReplicateKeyRequest>
{
    public string? KeyId { get; init; }

    public string? ReplicaRegion { get; init; }

    public string? Policy { get; init; }

    public bool? BypassPolicyLockoutSafetyCheck { get; init; }

    public string? Description { get; init; }

    public List<TagModel?>? Tags { get; init; }

    public KmsOutcome<ValidReplicateKeyRequest> Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("replicaRegion", ReplicaRegion).Length("replicaRegion", ReplicaRegion, Shapes.RegionMin, Shapes.RegionMax)
        .Pattern("replicaRegion", ReplicaRegion, Shapes.Region(), Shapes.RegionPattern)
        .Length("policy", Policy, Shapes.PolicyMin, Shapes.PolicyMax)
        .Length("description", Description, 0, Shapes.DescriptionMax)
        .Tags("tags", Tags)
        .Valid<ValidReplicateKeyRequest>(KeyId is { } keyId && ReplicaRegion is { } replicaRegion && TagModel.ToKeyTags(Tags) is { } tags
            ? new ValidReplicateKeyRequest(keyId, replicaRegion, Policy, Description, tags, BypassPolicyLockoutSafetyCheck == true)
            : null);
}
