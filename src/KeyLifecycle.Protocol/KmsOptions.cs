using System;
using System.Collections.Generic;

namespace KeyLifecycle.Protocol;

/// <summary>How a KMS endpoint behaves: its default Region and account, the pace of its background changes, and injected faults.</summary>
/// <remarks>
/// Bound from the <c>Kms</c> configuration section by the emulator (<c>--Kms:Region=eu-west-1</c>), or set in code with
/// <see cref="KmsServiceCollectionExtensions.AddKms"/>. Read once, when the endpoint is mapped.
/// </remarks>
public sealed class KmsOptions
{
    /// <summary>The Region of requests whose <c>Authorization</c> header names none (unsigned requests); <c>us-east-1</c> by default.</summary>
    /// <remarks>Signed requests use the Region of their SigV4 credential scope.</remarks>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The account that owns every caller's keys; <c>111122223333</c> by default.</summary>
    /// <remarks>A caller whose access key ID is twelve digits is that account instead, so tests can use several accounts.</remarks>
    public string AccountId { get; set; } = "111122223333";

    /// <summary>How long a replica made by <c>ReplicateKey</c> stays <c>Creating</c>; 2 seconds by default.</summary>
    public TimeSpan ReplicaCreationDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long <c>UpdatePrimaryRegion</c> keeps both keys <c>Updating</c>; 2 seconds by default.</summary>
    public TimeSpan PrimaryRegionUpdateDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often what falls due (deletions, replicas, primary Region updates, material expiry, rotations) is applied in every account; 1 second by default.</summary>
    /// <remarks>
    /// A background scheduler on the injected <see cref="System.TimeProvider"/> sweeps every known account at this period
    /// (each second when it is zero), and a request sweeps its account first when the last sweep is this old; zero sweeps
    /// before every request. A request that names a key whose change is due sees it applied whatever the interval.
    /// </remarks>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Faults to inject, checked in order before each request is read; empty by default.</summary>
    public IList<KmsFaultRule> Faults { get; } = new List<KmsFaultRule>();

    /// <summary>The principals the endpoint knows by their access keys; empty by default, so that every caller is its account's root user.</summary>
    /// <remarks>
    /// A request signed with a configured access key ID has its SigV4 signature verified and is served as that principal,
    /// in its account; a signature that does not verify is refused before the operation runs. Requests signed with any other
    /// access key are served as today, unless <see cref="RejectUnknownAccessKeys"/> is set.
    /// </remarks>
    public IList<KmsPrincipalOptions> Principals { get; } = new List<KmsPrincipalOptions>();

    /// <summary>Whether a request not signed with one of <see cref="Principals"/>' access keys is refused; <see langword="false"/> by default.</summary>
    /// <remarks>
    /// When set, an unsigned request is refused with <c>MissingAuthenticationTokenException</c> and one signed with another access
    /// key with <c>UnrecognizedClientException</c>, as AWS refuses them; every signature is verified.
    /// </remarks>
    public bool RejectUnknownAccessKeys { get; set; }

    /// <summary>The seed of the random numbers behind <see cref="KmsFaultRule.Probability"/>; <see langword="null"/> (the default) for an unseeded generator.</summary>
    public int? FaultSeed { get; set; }
}
