using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle;

/// <summary>The <c>ReplicateKey</c> and <c>UpdatePrimaryRegion</c> refusals of a Region, with their texts.</summary>
internal static class MultiRegionValidation
{
    public static ValidationFailed ReplicaInPrimaryRegion(AwsRegion region) =>
        new($"The replica region {region} cannot be the same as the primary key's region");

    public static ValidationFailed RegionOutsidePartition(AwsRegion region) =>
        new($"The replica region {region} is not in the primary key's partition");
}
