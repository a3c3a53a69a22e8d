using System.Threading.Tasks;
using KeyLifecycle.Testing.Aws;
using KeyLifecycle.Testing.Conformance;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace KeyLifecycle.Testing.Tests.Conformance;

/// <summary>The emulator's KMS endpoint on a loopback port, driven through the AWS SDK adapter.</summary>
public class EmulatorConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunAsync_EmulatorThroughTheAwsSdk_Conforms()
    {
        await using var emulator = await EmulatorEndpoint.StartAsync();
        using var adapter = AwsSdkKmsAdapter.ForEndpoint(emulator.Address, "eu-west-1");

        var report = await ConformanceSuite.RunAsync("emulator", adapter, new ConformanceOptions { Seed = 42, MaxTest = 60 });
        output.WriteLine(report.ToString());

        report.Passed.ShouldBeTrue(report.ToString());
    }
}
