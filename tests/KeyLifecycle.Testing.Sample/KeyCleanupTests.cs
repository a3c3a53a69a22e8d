using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Testing.Aws;
using Shouldly;
using Xunit;

namespace MyService.Tests;

// One endpoint for the test class; each test makes its own keys.
public sealed class KmsFixture : IAsyncLifetime
{
    public KmsTestServer Kms { get; private set; } = null!;

    public async Task InitializeAsync() => Kms = await KmsTestServer.StartAsync();

    public async Task DisposeAsync() => await Kms.DisposeAsync();
}

public class KeyCleanupTests(KmsFixture fixture) : IClassFixture<KmsFixture>
{
    [Fact]
    public async Task ScheduledKey_IsGoneAfterItsWaitingPeriod()
    {
        var kms = fixture.Kms.Client;
        var key = (await kms.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;
        await kms.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = key.KeyId, PendingWindowInDays = 7 });

        fixture.Kms.Clock.Advance(TimeSpan.FromDays(7));

        var error = await Should.ThrowAsync<NotFoundException>(() => kms.DescribeKeyAsync(new DescribeKeyRequest { KeyId = key.KeyId }));
        error.Message.ShouldBe($"Key '{key.Arn}' does not exist");
    }
}
