using System.Collections.Generic;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>ReplicateKey</c>.</summary>
internal sealed class ReplicateKeyRequest : IKmsRequest
{
    public string? KeyId { get; init; }

    public string? ReplicaRegion { get; init; }

    public string? Policy { get; init; }

    public bool? BypassPolicyLockoutSafetyCheck { get; init; }

    public string? Description { get; init; }

    public List<TagModel?>? Tags { get; init; }

    public ValidationFailed? Validate() => new ModelValidator()
        .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
        .Required("replicaRegion", ReplicaRegion).Length("replicaRegion", ReplicaRegion, Shapes.RegionMin, Shapes.RegionMax)
        .Pattern("replicaRegion", ReplicaRegion, Shapes.Region(), Shapes.RegionPattern)
        .Length("policy", Policy, Shapes.PolicyMin, Shapes.PolicyMax)
        .Length("description", Description, 0, Shapes.DescriptionMax)
        .Tags("tags", Tags)
        .Result;
}
