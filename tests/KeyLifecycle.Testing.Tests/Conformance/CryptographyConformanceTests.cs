using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyLifecycle.Testing.Aws;
using KeyLifecycle.Testing.Conformance;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace KeyLifecycle.Testing.Tests.Conformance;

/// <summary>
/// The suite's cryptographic steps, judged against the emulator's endpoint behind the AWS SDK adapter: each decorator
/// below breaks one rule the way a peer emulator might, and the suite must name the break.
/// </summary>
public sealed class CryptographyConformanceTests(ITestOutputHelper output) : IAsyncLifetime
{
    private EmulatorEndpoint _emulator = null!;

    private Uri Endpoint => _emulator.Address;

    public async Task InitializeAsync() => _emulator = await EmulatorEndpoint.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task EncryptServedWhateverTheState_IsReportedForTheStatesThatRefuseIt()
    {
        using var inner = AwsSdkKmsAdapter.ForEndpoint(Endpoint, "us-east-1");
        var adapter = new Decorated(inner) { Encrypt = async (keyId, plaintext, token) =>
        {
            // A peer that never looks at the key's state: it encrypts under any key it can find.
            var answer = await inner.EncryptAsync(keyId, plaintext, token);
            return answer.Succeeded || answer.ErrorCode is "NotFoundException" or "ValidationException" or "InvalidArnException"
                ? answer
                : KmsResponse.Cryptographic("arn:aws:kms:us-east-1:111122223333:key/unchecked", new byte[] { 1, 2, 3 }, null);
        } };

        var report = await ConformanceSuite.RunAsync("state-blind", adapter, new ConformanceOptions { Seed = 11, MaxTest = 100, MaxFaults = 6, IdentifierChecks = false });
        output.WriteLine(report.ToString());

        var summaries = report.Faults.Select(fault => fault.Summary).ToArray();
        summaries.ShouldContain("Encrypt on a Disabled key: expected DisabledException, but the call succeeded", report.ToString());
        summaries.ShouldContain("Encrypt on a PendingDeletion key: expected KMSInvalidStateException, but the call succeeded", report.ToString());
    }

    [Fact]
    public async Task DecryptThatReturnsOtherBytes_IsReported()
    {
        using var inner = AwsSdkKmsAdapter.ForEndpoint(Endpoint, "us-east-1");
        var adapter = new Decorated(inner) { Decrypt = async (blob, keyId, token) =>
        {
            var answer = await inner.DecryptAsync(blob, keyId, token);
            return answer.Plaintext is { Length: > 0 } plaintext
                ? KmsResponse.Cryptographic(answer.KeyArn, null, plaintext.ToArray().Reverse().ToArray())
                : answer;
        } };

        var report = await ConformanceSuite.RunAsync("scrambled", adapter, new ConformanceOptions { Seed = 5, MaxTest = 100, MaxFaults = 3, IdentifierChecks = false });
        output.WriteLine(report.ToString());

        report.Faults.Select(fault => fault.Summary).ShouldContain("Decrypt on an Enabled key: Decrypt returned other bytes than were encrypted", report.ToString());
        var fault = report.Faults.First(found => found.Summary.StartsWith("Decrypt on an Enabled key", StringComparison.Ordinal));
        fault.Steps.Select(step => step.Call).ShouldContain(call => call.StartsWith("Encrypt(", StringComparison.Ordinal) || call.StartsWith("GenerateDataKey(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuiteWithoutCryptographicAdapter_LeavesTheCallsOut()
    {
        using var inner = AwsSdkKmsAdapter.ForEndpoint(Endpoint, "us-east-1");
        var lifecycleOnly = new LifecycleOnly(inner);

        var report = await ConformanceSuite.RunAsync("lifecycle only", lifecycleOnly, new ConformanceOptions { Seed = 8, MaxTest = 30 });

        report.Passed.ShouldBeTrue(report.ToString());
        lifecycleOnly.Calls.ShouldBeGreaterThan(30);
    }

    // Forwards every call to the emulator, except the ones a test replaces.
    private sealed class Decorated(AwsSdkKmsAdapter inner) : IKmsCryptographyAdapter
    {
        public Func<string?, ReadOnlyMemory<byte>, CancellationToken, Task<KmsResponse>>? Encrypt { get; init; }

        public Func<ReadOnlyMemory<byte>, string?, CancellationToken, Task<KmsResponse>>? Decrypt { get; init; }

        public Task<KmsResponse> CreateKeyAsync(KeyCreationRequest request, CancellationToken cancellationToken) => inner.CreateKeyAsync(request, cancellationToken);

        public Task<KmsResponse> EnableKeyAsync(string? keyId, CancellationToken cancellationToken) => inner.EnableKeyAsync(keyId, cancellationToken);

        public Task<KmsResponse> DisableKeyAsync(string? keyId, CancellationToken cancellationToken) => inner.DisableKeyAsync(keyId, cancellationToken);

        public Task<KmsResponse> ScheduleKeyDeletionAsync(string? keyId, int? pendingWindowInDays, CancellationToken cancellationToken) =>
            inner.ScheduleKeyDeletionAsync(keyId, pendingWindowInDays, cancellationToken);

        public Task<KmsResponse> CancelKeyDeletionAsync(string? keyId, CancellationToken cancellationToken) => inner.CancelKeyDeletionAsync(keyId, cancellationToken);

        public Task<KmsResponse> DescribeKeyAsync(string? keyId, CancellationToken cancellationToken) => inner.DescribeKeyAsync(keyId, cancellationToken);

        public Task<KmsResponse> EncryptAsync(string? keyId, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken) =>
            Encrypt?.Invoke(keyId, plaintext, cancellationToken) ?? inner.EncryptAsync(keyId, plaintext, cancellationToken);

        public Task<KmsResponse> DecryptAsync(ReadOnlyMemory<byte> ciphertextBlob, string? keyId, CancellationToken cancellationToken) =>
            Decrypt?.Invoke(ciphertextBlob, keyId, cancellationToken) ?? inner.DecryptAsync(ciphertextBlob, keyId, cancellationToken);

        public Task<KmsResponse> GenerateDataKeyAsync(string? keyId, CancellationToken cancellationToken) => inner.GenerateDataKeyAsync(keyId, cancellationToken);
    }

    // Only the lifecycle calls: the suite must not ask it for cryptography.
    private sealed class LifecycleOnly(AwsSdkKmsAdapter inner) : IKmsLifecycleAdapter
    {
        public int Calls { get; private set; }

        public Task<KmsResponse> CreateKeyAsync(KeyCreationRequest request, CancellationToken cancellationToken) => Count(inner.CreateKeyAsync(request, cancellationToken));

        public Task<KmsResponse> EnableKeyAsync(string? keyId, CancellationToken cancellationToken) => Count(inner.EnableKeyAsync(keyId, cancellationToken));

        public Task<KmsResponse> DisableKeyAsync(string? keyId, CancellationToken cancellationToken) => Count(inner.DisableKeyAsync(keyId, cancellationToken));

        public Task<KmsResponse> ScheduleKeyDeletionAsync(string? keyId, int? pendingWindowInDays, CancellationToken cancellationToken) =>
            Count(inner.ScheduleKeyDeletionAsync(keyId, pendingWindowInDays, cancellationToken));

        public Task<KmsResponse> CancelKeyDeletionAsync(string? keyId, CancellationToken cancellationToken) => Count(inner.CancelKeyDeletionAsync(keyId, cancellationToken));

        public Task<KmsResponse> DescribeKeyAsync(string? keyId, CancellationToken cancellationToken) => Count(inner.DescribeKeyAsync(keyId, cancellationToken));

        private Task<KmsResponse> Count(Task<KmsResponse> call)
        {
            Calls++;
            return call;
        }
    }
}
