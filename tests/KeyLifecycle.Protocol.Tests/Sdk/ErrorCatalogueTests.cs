using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>Every error of reference §5 (and the §8 choices) that the served operations can produce, as the SDK's typed exception with the literal message.</summary>
public class ErrorCatalogueTests : IAsyncLifetime
{
    private const string UnknownId = "1234abcd-12ab-34cd-56ef-1234567890ab";
    private KmsTestServer _kms = null!;
    private AmazonKeyManagementServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _kms = await KmsTestServer.StartAsync();
        _client = _kms.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _kms.DisposeAsync();
    }

    [Theory]
    [InlineData(UnknownId, "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist")]
    [InlineData("arn:aws:kms:us-east-1:111122223333:key/" + UnknownId, "Key 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist")]
    [InlineData("mrk-1234abcd12ab34cd56ef1234567890ab", "Key 'arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab' does not exist")]
    [InlineData("arn:aws:kms:us-east-1:444455556666:key/" + UnknownId, "Key 'arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab' does not exist")]
    [InlineData("fake-key-id", "Invalid keyId 'fake-key-id'")]
    [InlineData("134f2428cec14b25a1ae9048164dba47", "Invalid keyId '134f2428cec14b25a1ae9048164dba47'")]
    [InlineData("alias/my-alias", "Invalid keyId 'alias/my-alias'")]
    [InlineData("arn:aws:kms:us-west-2:111122223333:key/" + UnknownId, "Invalid arn us-west-2")]
    public async Task EnableKey_BadOrUnknownIdentifier_ThrowsNotFound(string keyId, string message) =>
        await SdkErrors.ShouldFailAsync<NotFoundException>(() => _client.EnableKeyAsync(new EnableKeyRequest { KeyId = keyId }), "NotFoundException", message);

    [Fact]
    public async Task DescribeKey_UnknownAlias_ThrowsNotFoundWithAliasArn() =>
        await SdkErrors.ShouldFailAsync<NotFoundException>(
            () => _client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = "alias/missing" }),
            "NotFoundException", "Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.");

    [Fact]
    public async Task DisableKey_MalformedArn_ThrowsInvalidArn() =>
        await SdkErrors.ShouldFailAsync<InvalidArnException>(
            () => _client.DisableKeyAsync(new DisableKeyRequest { KeyId = "arn:aws:kms:us-east-1:111122223333:key" }),
            "InvalidArnException", "Invalid arn arn:aws:kms:us-east-1:111122223333:key");

    [Fact]
    public async Task PendingDeletionKey_RefusesEveryChange_WithPendingDeletion()
    {
        var arn = await CreateAsync();
        await _client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = arn, PendingWindowInDays = 7 });
        var message = $"{arn} is pending deletion.";

        await InvalidState(() => _client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = arn }), message);
        await InvalidState(() => _client.EnableKeyAsync(new EnableKeyRequest { KeyId = arn }), message);
        await InvalidState(() => _client.DisableKeyAsync(new DisableKeyRequest { KeyId = arn }), message);
        await InvalidState(() => _client.TagResourceAsync(new TagResourceRequest { KeyId = arn, Tags = [new Tag { TagKey = "k", TagValue = "v" }] }), message);
        await InvalidState(() => _client.UntagResourceAsync(new UntagResourceRequest { KeyId = arn, TagKeys = ["k"] }), message);
        await InvalidState(() => _client.UpdateKeyDescriptionAsync(new UpdateKeyDescriptionRequest { KeyId = arn, Description = "d" }), message);
        await InvalidState(() => _client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/pending", TargetKeyId = arn }), message);
    }

    [Fact]
    public async Task CancelKeyDeletion_KeyNotPendingDeletion_ThrowsNotPendingDeletion()
    {
        var arn = await CreateAsync();
        await InvalidState(() => _client.CancelKeyDeletionAsync(new CancelKeyDeletionRequest { KeyId = arn }), $"{arn} is not pending deletion.");
    }

    [Fact]
    public async Task EnableKey_PendingImport_ThrowsPendingImport()
    {
        var arn = (await _client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.Arn;
        await InvalidState(() => _client.EnableKeyAsync(new EnableKeyRequest { KeyId = arn }), $"{arn} is pending import.");
        await InvalidState(() => _client.DisableKeyAsync(new DisableKeyRequest { KeyId = arn }), $"{arn} is pending import.");
    }

    [Fact]
    public async Task EnableKeyRotation_ExternalKey_ThrowsUnsupportedOrigin()
    {
        var arn = (await _client.CreateKeyAsync(new CreateKeyRequest { Origin = OriginType.EXTERNAL })).KeyMetadata.Arn;
        await SdkErrors.ShouldFailAsync<UnsupportedOperationException>(
            () => _client.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = arn }),
            "UnsupportedOperationException", $"{arn} origin is EXTERNAL which is not valid for this operation.");
    }

    [Fact]
    public async Task GetParametersForImport_AwsKmsKey_ThrowsUnsupportedOrigin()
    {
        var arn = await CreateAsync();
        await SdkErrors.ShouldFailAsync<UnsupportedOperationException>(
            () => _client.GetParametersForImportAsync(new GetParametersForImportRequest
            {
                KeyId = arn, WrappingAlgorithm = AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec = WrappingKeySpec.RSA_2048,
            }),
            "UnsupportedOperationException", $"{arn} origin is AWS_KMS which is not valid for this operation.");
    }

    [Fact]
    public async Task EnableKeyRotation_DisabledKey_ThrowsDisabled()
    {
        var arn = await CreateAsync();
        await _client.DisableKeyAsync(new DisableKeyRequest { KeyId = arn });
        await SdkErrors.ShouldFailAsync<DisabledException>(
            () => _client.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = arn }), "DisabledException", $"{arn} is disabled.");
    }

    [Fact]
    public async Task ReplicateKey_OfAReplica_ThrowsNotAMultiRegionPrimary()
    {
        var keyId = (await _client.CreateKeyAsync(new CreateKeyRequest { MultiRegion = true })).KeyMetadata.KeyId;
        await _client.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = keyId, ReplicaRegion = "eu-west-1" });
        using var ireland = _kms.CreateClient("eu-west-1");
        await SdkErrors.ShouldFailAsync<UnsupportedOperationException>(
            () => ireland.ReplicateKeyAsync(new ReplicateKeyRequest { KeyId = keyId, ReplicaRegion = "us-west-2" }),
            "UnsupportedOperationException", $"arn:aws:kms:eu-west-1:111122223333:key/{keyId} is not a multi-region primary key.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(31)]
    [InlineData(365)]
    public async Task ScheduleKeyDeletion_WindowOutside7To30_ThrowsValidation(int days)
    {
        var arn = await CreateAsync();
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => _client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = arn, PendingWindowInDays = days }),
            "ValidationException", "PendingWindowInDays must be between 7 and 30");
    }

    [Theory]
    [InlineData(366)]
    public async Task ScheduleKeyDeletion_WindowOutsideTheModel_ThrowsModelValidation(int days)
    {
        var arn = await CreateAsync();
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => _client.ScheduleKeyDeletionAsync(new ScheduleKeyDeletionRequest { KeyId = arn, PendingWindowInDays = days }),
            "ValidationException",
            "1 validation error detected: Value '366' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value less than or equal to 365");
    }

    [Fact]
    public async Task CreateAlias_WithoutPrefix_ThrowsValidation()
    {
        var arn = await CreateAsync();
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => _client.CreateAliasAsync(new CreateAliasRequest { AliasName = "no-prefix", TargetKeyId = arn }),
            "ValidationException",
            "Alias must start with the prefix \"alias/\". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
    }

    [Fact]
    public async Task CreateAlias_Twice_ThrowsAlreadyExists()
    {
        var arn = await CreateAsync();
        await _client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/twice", TargetKeyId = arn });
        await SdkErrors.ShouldFailAsync<AlreadyExistsException>(
            () => _client.CreateAliasAsync(new CreateAliasRequest { AliasName = "alias/twice", TargetKeyId = arn }),
            "AlreadyExistsException", "An alias with the name arn:aws:kms:us-east-1:111122223333:alias/twice already exists");
    }

    [Fact]
    public async Task CreateKey_UnknownKeyUsage_ThrowsModelValidation() =>
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => _client.CreateKeyAsync(new CreateKeyRequest { KeyUsage = new KeyUsageType("RANDOM") }),
            "ValidationException",
            "1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: [ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT]");

    [Fact]
    public async Task DescribeKey_KeyIdOver2048Characters_ThrowsModelValidation()
    {
        var keyId = new string('a', 2049);
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => _client.DescribeKeyAsync(new DescribeKeyRequest { KeyId = keyId }),
            "ValidationException",
            $"1 validation error detected: Value '{keyId}' at 'keyId' failed to satisfy constraint: Member must have length less than or equal to 2048");
    }

    private async Task<string> CreateAsync() => (await _client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata.Arn;

    private static Task<KMSInvalidStateException> InvalidState(Func<Task> call, string message) =>
        SdkErrors.ShouldFailAsync<KMSInvalidStateException>(call, "KMSInvalidStateException", message);
}
