using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Testing.Conformance;

namespace KeyLifecycle.Testing;

/// <summary>FsCheck arbitraries for the KeyLifecycle domain types, to register with FsCheck.Xunit so that properties receive them as arguments.</summary>
/// <remarks>
/// <para>Register the class on a test class, or once for a whole test assembly:</para>
/// <code language="csharp">
/// [Properties(Arbitrary = new[] { typeof(KmsArbitraries) })]
/// public class MyKeyProperties
/// {
///     [Property]
///     public bool DescribedKeys_AreEnabledExactlyInTheEnabledState(KmsKey key) => key.Enabled == (key.State == KeyState.Enabled);
/// }
///
/// // or, in any file of the test project:
/// [assembly: Properties(Arbitrary = new[] { typeof(KmsArbitraries) })]
/// </code>
/// <para>
/// Outside xunit, pass the class to <c>Config.WithArbitrary</c>, or take a single arbitrary from its methods. Each
/// arbitrary uses the matching generator of <see cref="KmsGen"/>. Identifiers do not shrink (a simpler key ID says nothing
/// more); keys and <c>CreateKey</c> requests shrink to fewer tags, no description, single-Region, the plain spec, origin
/// <c>AWS_KMS</c> and the Enabled state; operation sequences shrink to fewer calls, fewer keys and plainer identifiers.
/// </para>
/// </remarks>
public static class KmsArbitraries
{
    /// <summary>Returns key IDs, single- and multi-Region.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KeyId> KeyId() => KmsGen.KeyIds.ToArbitrary();

    /// <summary>Returns key ARNs in every partition.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KeyArn> KeyArn() => KmsGen.KeyArns.ToArbitrary();

    /// <summary>Returns alias names, reserved ones now and then.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AliasName> AliasName() => KmsGen.AliasNames.ToArbitrary();

    /// <summary>Returns alias ARNs in every partition.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AliasArn> AliasArn() => KmsGen.AliasArns.ToArbitrary();

    /// <summary>Returns the eight partitions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AwsPartition> AwsPartition() => KmsGen.Partitions.ToArbitrary();

    /// <summary>Returns the Regions the partitions list.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AwsRegion> AwsRegion() => KmsGen.Regions.ToArbitrary();

    /// <summary>Returns twelve-digit account IDs.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AwsAccountId> AwsAccountId() => KmsGen.AccountIds.ToArbitrary();

    /// <summary>Returns callers in every partition.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KmsCaller> KmsCaller() => KmsGen.Callers.ToArbitrary();

    /// <summary>Returns valid <c>CreateKey</c> requests, which shrink.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KeyCreationRequest> KeyCreationRequest() => Arb.From(KmsGen.KeyCreationRequests, KmsGen.ShrinkKeyCreationRequest);

    /// <summary>Returns keys of every origin in every state they can be in, which shrink.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KmsKey> KmsKey() => Arb.From(KmsGen.Keys, KmsGen.ShrinkKey);

    /// <summary>Returns bad <c>KeyId</c> parameters of every category, labelled with the service's answer.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InvalidKeyIdCase> InvalidKeyIdCase() => KmsGen.InvalidKeyIds.ToArbitrary();

    /// <summary>Returns operation sequences, which shrink.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LifecycleScenario> LifecycleScenario() =>
        Arb.From(KmsGen.LifecycleScenarios, KmsGen.ShrinkLifecycleScenario);
}
