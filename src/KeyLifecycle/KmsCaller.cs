using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle;

/// <summary>Who is calling and where: the partition, Region and account a request's identifiers are resolved against.</summary>
/// <remarks>Made by <see cref="Create"/>, which finds the partition the Region belongs to. Immutable and thread-safe.</remarks>
public sealed record KmsCaller
{
    private KmsCaller(AwsPartition partition, AwsRegion region, AwsAccountId accountId)
    {
        Partition = partition;
        Region = region;
        AccountId = accountId;
    }

    /// <summary>The caller's partition, such as <c>aws</c>.</summary>
    public AwsPartition Partition { get; }

    /// <summary>The Region of the endpoint the request was sent to.</summary>
    public AwsRegion Region { get; }

    /// <summary>The caller's account.</summary>
    public AwsAccountId AccountId { get; }

    /// <summary>Returns the caller for <paramref name="region"/> and <paramref name="accountId"/>, in the partition the Region belongs to.</summary>
    /// <param name="region">The endpoint's Region.</param>
    /// <param name="accountId">The caller's account.</param>
    /// <returns>The caller.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> belongs to no known partition, or an argument is <see langword="default"/>.</exception>
    public static KmsCaller Create(AwsRegion region, AwsAccountId accountId)
    {
        if (accountId == default)
        {
            throw new ArgumentException("The account ID is the default value, which is not an account ID.", nameof(accountId));
        }

        if (!AwsPartition.TryGetForRegion(region, out var partition))
        {
            throw new ArgumentException($"The Region '{region}' belongs to no known AWS partition.", nameof(region));
        }

        return new KmsCaller(partition, region, accountId);
    }

    /// <summary>Returns the ARN of the key with <paramref name="keyId"/> in the caller's account and Region.</summary>
    /// <param name="keyId">The key ID.</param>
    /// <returns>The key ARN.</returns>
    public KeyArn KeyArnFor(KeyId keyId) => KeyArn.Create(Partition, Region, AccountId, keyId);

    /// <summary>Returns the ARN of the alias <paramref name="aliasName"/> in the caller's account and Region.</summary>
    /// <param name="aliasName">The alias name.</param>
    /// <returns>The alias ARN.</returns>
    public AliasArn AliasArnFor(AliasName aliasName) => AliasArn.Create(Partition, Region, AccountId, aliasName);
}
