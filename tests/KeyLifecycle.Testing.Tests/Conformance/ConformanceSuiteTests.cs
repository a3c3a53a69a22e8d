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
