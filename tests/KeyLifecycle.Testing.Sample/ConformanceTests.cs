using System.Threading.Tasks;
using KeyLifecycle;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Testing.Conformance;
using Shouldly;
using Xunit;

namespace MyService.Tests;

public class ConformanceTests
{
    [Fact]
    public async Task InProcessAdapter_ConformsToTheKeyStateTable()
    {
        var caller = KmsCaller.Create(AwsRegion.UsEast1, AwsAccountId.Parse("111122223333"));
        IKmsLifecycleAdapter adapter = new DomainKmsAdapter(caller);   // or your own adapter over your own code

        var report = await ConformanceSuite.RunAsync("in-process", adapter, new ConformanceOptions { MaxTest = 200, Seed = 2026 });

        report.Passed.ShouldBeTrue(report.ToString());   // on failure: each fault with its shrunk sequence and the seed
    }
}
