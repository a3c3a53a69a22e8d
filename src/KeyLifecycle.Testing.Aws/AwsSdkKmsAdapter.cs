using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.Runtime;
using KeyLifecycle.Testing.Conformance;

namespace KeyLifecycle.Testing.Aws;

/// <summary>Drives a KMS endpoint through the AWS SDK for .NET for the conformance suite: AWS itself, an emulator, or any server that speaks the KMS API.</summary>
/// <remarks>
/// <para>
/// Every call is one SDK request; a service error becomes <see cref="KmsResponse.Failure(string, string)"/> with the
/// SDK's <c>ErrorCode</c> and <c>Message</c>, as the SDK parsed them from the response. The SDK does not check
/// <c>KeyId</c> before sending, so empty and over-long values reach the server. Transport failures are thrown.
/// </para>
/// <para>
/// It serves the suite's cryptographic calls too (<see cref="IKmsCryptographyAdapter"/>), so scenarios check that
/// <c>Encrypt</c>, <c>GenerateDataKey</c> and <c>Decrypt</c> are refused and served as the key's state says.
/// </para>
/// <para>
/// Use <see cref="ForEndpoint(Uri, string)"/> for a local endpoint: it signs with dummy credentials for the given
/// Region and turns off the SDK's retries, which would otherwise repeat calls the server answered with 500 or throttling
/// and blur what it answered. The adapter owns and disposes a client it created.
/// </para>
/// </remarks>
public sealed class AwsSdkKmsAdapter : IKmsCryptographyAdapter, IDisposable
{
    private const string DummyAccessKeyId = "AKIAIOSFODNN7EXAMPLE";
    private const string DummySecretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private readonly IAmazonKeyManagementService _client;
    private readonly bool _ownsClient;

    /// <summary>Creates an adapter over an SDK client configured by the caller.</summary>
    /// <param name="client">The client; the caller keeps ownership. Set its <c>MaxErrorRetry</c> to 0 so that every answer is the server's first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    public AwsSdkKmsAdapter(IAmazonKeyManagementService client)
        : this(client ?? throw new ArgumentNullException(nameof(client)), ownsClient: false)
    {
    }

    private AwsSdkKmsAdapter(IAmazonKeyManagementService client, bool ownsClient)
    {
        _client = client;
        _ownsClient = ownsClient;
    }

    /// <summary>Creates an adapter for the KMS endpoint at <paramref name="serviceUrl"/>, signing with dummy credentials for <paramref name="region"/> and never retrying.</summary>
    /// <param name="serviceUrl">The endpoint, such as <c>http://127.0.0.1:5000/</c>.</param>
    /// <param name="region">The Region the endpoint serves, such as <c>us-east-1</c>; requests are signed for it.</param>
    /// <returns>The adapter, which disposes its client.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static AwsSdkKmsAdapter ForEndpoint(Uri serviceUrl, string region)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(region);
        var config = new AmazonKeyManagementServiceConfig
        {
            ServiceURL = serviceUrl.ToString(),
            AuthenticationRegion = region,
            MaxErrorRetry = 0,
        };
        return new AwsSdkKmsAdapter(new AmazonKeyManagementServiceClient(new BasicAWSCredentials(DummyAccessKeyId, DummySecretAccessKey), config), ownsClient: true);
    }

    /// <inheritdoc/>
    public Task<KmsResponse> CreateKeyAsync(KeyCreationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sdkRequest = new CreateKeyRequest
        {
            Origin = OriginType.FindValue(request.Origin.ToWireName()),
            KeySpec = Amazon.KeyManagementService.KeySpec.FindValue(request.KeySpec.ToWireName()),
            Description = request.Description,
            MultiRegion = request.MultiRegion ? true : null,
            CustomKeyStoreId = request.CustomKeyStoreId,
            Tags = request.Tags.Count == 0 ? null : request.Tags.Select(tag => new Tag { TagKey = tag.TagKey, TagValue = tag.TagValue }).ToList(),
        };
        if (request.KeyUsage is { } usage)
        {
            sdkRequest.KeyUsage = KeyUsageType.FindValue(usage.ToWireName());
        }

        return CallAsync(async () =>
        {
            var metadata = (await _client.CreateKeyAsync(sdkRequest, cancellationToken).ConfigureAwait(false)).KeyMetadata;
            return KmsResponse.Success(metadata?.Arn, metadata?.KeyState?.Value, metadata?.Enabled);
        });
    }

    /// <inheritdoc/>
    public Task<KmsResponse> EnableKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            await _client.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Success();
        });

    /// <inheritdoc/>
    public Task<KmsResponse> DisableKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            await _client.DisableKeyAsync(new DisableKeyRequest { KeyId = keyId }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Success();
        });

    /// <inheritdoc/>
    public Task<KmsResponse> ScheduleKeyDeletionAsync(string? keyId, int? pendingWindowInDays, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var response = await _client.ScheduleKeyDeletionAsync(
                new ScheduleKeyDeletionRequest { KeyId = keyId, PendingWindowInDays = pendingWindowInDays }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Success(response.KeyId, response.KeyState?.Value);
        });

    /// <inheritdoc/>
    public Task<KmsResponse> CancelKeyDeletionAsync(string? keyId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var response = await _client.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = keyId }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Success(response.KeyId);
        });

    /// <inheritdoc/>
    public Task<KmsResponse> DescribeKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var metadata = (await _client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }, cancellationToken).ConfigureAwait(false)).KeyMetadata;
            return KmsResponse.Success(metadata?.Arn, metadata?.KeyState?.Value, metadata?.Enabled);
        });

    /// <inheritdoc/>
    public Task<KmsResponse> EncryptAsync(string? keyId, ReadOnlyMemory<byte> plaintext, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            using var stream = new MemoryStream(plaintext.ToArray());
            var response = await _client.EncryptAsync(new EncryptRequest { KeyId = keyId, Plaintext = stream }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Cryptographic(response.KeyId, response.CiphertextBlob?.ToArray(), null);
        });

    /// <inheritdoc/>
    public Task<KmsResponse> DecryptAsync(ReadOnlyMemory<byte> ciphertextBlob, string? keyId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            using var stream = new MemoryStream(ciphertextBlob.ToArray());
            var response = await _client.DecryptAsync(new DecryptRequest { CiphertextBlob = stream, KeyId = keyId }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Cryptographic(response.KeyId, null, response.Plaintext?.ToArray());
        });

    /// <inheritdoc/>
    public Task<KmsResponse> GenerateDataKeyAsync(string? keyId, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            var response = await _client.GenerateDataKeyAsync(new GenerateDataKeyRequest { KeyId = keyId, KeySpec = DataKeySpec.AES_256 }, cancellationToken).ConfigureAwait(false);
            return KmsResponse.Cryptographic(response.KeyId, response.CiphertextBlob?.ToArray(), response.Plaintext?.ToArray());
        });

    /// <summary>Disposes the SDK client when this adapter created it.</summary>
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private static async Task<KmsResponse> CallAsync(Func<Task<KmsResponse>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonServiceException error)
        {
            // An answer the SDK could not read as a KMS error has no code; the HTTP status and the SDK's reason stand in.
            return error.ErrorCode is { } code
                ? KmsResponse.Failure(code, error.Message ?? string.Empty)
                : KmsResponse.Failure(
                    string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)error.StatusCode}"),
                    $"{error.StatusCode}, with a body the SDK could not read as a KMS error");
        }
    }
}
