using System.Linq;
using System.Threading.Tasks;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Testing.Conformance;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace KeyLifecycle.Testing.Tests.Conformance;

public class ConformanceSuiteTests(ITestOutputHelper output)
{
    private static readonly KmsCaller Caller = KmsCaller.Create(AwsRegion.UsEast1, AwsAccountId.Parse("111122223333"));

    [Theory]
    [InlineData(1UL)]
    [InlineData(20260101UL)]
    public async Task RunAsync_OurDomain_Conforms(ulong seed)
    {
        var report = await ConformanceSuite.RunAsync("domain", new DomainKmsAdapter(Caller), new ConformanceOptions { Seed = seed, MaxTest = 200 });
        output.WriteLine(report.ToString());

        report.Passed.ShouldBeTrue(report.ToString());
        report.Rounds.ShouldBe(1);
        report.Scenarios.ShouldBe(200);
    }

    [Fact]
    public async Task RunAsync_SloppyImplementation_FindsEachFaultWithAShortSequence()
    {
        var adapter = new SloppyAdapter(new DomainKmsAdapter(Caller), SloppyAdapter.Faults.All);

        var report = await ConformanceSuite.RunAsync("sloppy", adapter, new ConformanceOptions { Seed = 7 });
        output.WriteLine(report.ToString());

        report.Passed.ShouldBeFalse();
        var summaries = report.Faults.Select(fault => fault.Summary).ToArray();
        summaries.ShouldContain(s => s.StartsWith("EnableKey on a PendingDeletion key: expected KMSInvalidStateException, but the call succeeded"));
        summaries.ShouldContain(s => s.StartsWith("DisableKey on a PendingDeletion key: expected KMSInvalidStateException, but the call succeeded"));
        summaries.ShouldContain(s => s.StartsWith("CancelKeyDeletion on an Enabled key: expected KMSInvalidStateException, but the call succeeded"));
        summaries.ShouldContain(s => s.Contains("expected the message \"Invalid keyId '"));
        report.Faults.ShouldAllBe(fault => fault.Steps.Count <= 4 && fault.Steps[fault.Steps.Count - 1].Differs);
    }
}

public class ConformanceSuiteFaultTests(ITestOutputHelper output)
{
    private static readonly KmsCaller Caller = KmsCaller.Create(AwsRegion.Parse("eu-central-1"), AwsAccountId.Parse("000011112222"));

    [Theory]
    [InlineData(SloppyAdapter.Faults.EnableOrDisablePendingDeletion, "on a PendingDeletion key: expected KMSInvalidStateException, but the call succeeded")]
    [InlineData(SloppyAdapter.Faults.CancelAnyKey, "key: expected KMSInvalidStateException, but the call succeeded")]
    [InlineData(SloppyAdapter.Faults.UnquotedInvalidKeyId, "expected the message \"Invalid keyId '")]
    public async Task RunAsync_OneFault_IsFoundAndShrunk(SloppyAdapter.Faults fault, string summary)
    {
        var adapter = new SloppyAdapter(new DomainKmsAdapter(Caller), fault);

        var report = await ConformanceSuite.RunAsync("sloppy", adapter, new ConformanceOptions { Seed = 3, MaxTest = 200 });
        output.WriteLine(report.ToString());

        report.Faults.ShouldNotBeEmpty();
        report.Faults.ShouldContain(found => found.Summary.Contains(summary));
        report.Faults.ShouldAllBe(found => found.Steps.Count <= 4 && found.Steps.Count <= found.OriginalLength);
    }

    [Fact]
    public async Task RunAsync_SameSeed_ReplaysTheSameFaults()
    {
        var options = new ConformanceOptions { Seed = 99 };

        var first = await ConformanceSuite.RunAsync("sloppy", new SloppyAdapter(new DomainKmsAdapter(Caller), SloppyAdapter.Faults.All), options);
        var second = await ConformanceSuite.RunAsync("sloppy", new SloppyAdapter(new DomainKmsAdapter(Caller), SloppyAdapter.Faults.All), options);

        second.Faults.Select(fault => fault.Signature).ShouldBe(first.Faults.Select(fault => fault.Signature));
        second.Faults.Select(fault => fault.Steps.Count).ShouldBe(first.Faults.Select(fault => fault.Steps.Count));
        first.Seed.ShouldBe(99UL);
    }

    [Fact]
    public void ToString_Report_ShowsOneLinePairPerStepWithExpectedAndActual()
    {
        var fault = new ConformanceFault(
            "EnableKey on a PendingDeletion key: expected KMSInvalidStateException, but the call succeeded", "sig",
            [
                new ReportedStep(1, "CreateKey()", "ok; key Enabled", "ok; key Enabled", false),
                new ReportedStep(2, "EnableKey(key 1 by ID)", "KMSInvalidStateException: x is pending deletion.; key PendingDeletion", "ok; key Enabled", true),
            ],
            5, 3, 1, "(1,2,3)");
        var report = new ConformanceReport("impl", 7, 100, 2, 120, [fault], System.TimeSpan.FromSeconds(1));

        var text = report.ToString();

        text.ShouldContain("impl: 1 fault");
        text.ShouldContain("seed 7");
        text.ShouldContain("> 2. EnableKey(key 1 by ID)  expected: KMSInvalidStateException: x is pending deletion.; key PendingDeletion");
        text.ShouldContain("actual:   ok; key Enabled");
    }
}

[FsCheck.Xunit.Properties(Arbitrary = [typeof(KmsArbitraries)])]
public class LifecycleScenarioShrinkTests
{
    [FsCheck.Xunit.Property]
    public bool Shrink_KeepsAKeyAndNeverGrows(LifecycleScenario scenario) =>
        KmsGen.ShrinkLifecycleScenario(scenario).All(smaller =>
            smaller.Keys.Count >= 1
            && smaller.Keys.Count <= scenario.Keys.Count
            && smaller.Steps.Count <= scenario.Steps.Count);
}
