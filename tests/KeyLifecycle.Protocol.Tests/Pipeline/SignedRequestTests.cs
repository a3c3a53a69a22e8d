using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Tests.Sdk;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>
/// Requests signed by the AWS SDK with a configured access key: verified, served as the configured principal, or refused
/// with AWS's code, status and text before the operation runs. The texts are those AWS's JSON protocol services answer;
/// each test names the recording it is taken from.
/// </summary>
public sealed class SignedRequestTests
{
    private const string AliceKey = "AKIAALICEEXAMPLE0001";
    private const string AliceSecret = "alice/Secret+Key0000000000000000000000000";
    private const string AliceArn = "arn:aws:iam::444455556666:user/alice";

    private sealed class Recorder : IKmsRequestObserver
    {
        public ConcurrentQueue<KmsRequestRecord> Records { get; } = new();

        public void OnRequestCompleted(KmsRequestRecord record) => Records.Enqueue(record);
    }

    private static Action<KmsOptions> Alice(bool rejectUnknown = false, params string[] policies) => options =>
    {
        var alice = new KmsPrincipalOptions { AccessKeyId = AliceKey, SecretAccessKey = AliceSecret, Arn = AliceArn };
        foreach (var policy in policies)
        {
            alice.IdentityPolicies.Add(policy);
        }

        options.Principals.Add(alice);
        options.RejectUnknownAccessKeys = rejectUnknown;
    };

    private static async Task<KmsTestServer> StartAsync(Action<KmsOptions> configure, Recorder? recorder = null)
    {
        var server = await KmsTestServer.StartAsync(configure, recorder);
        server.SetClockToMachineTime();
        return server;
    }

    [Fact]
    public async Task ConfiguredKey_RightSecret_IsServedAsThePrincipal_InItsAccount()
    {
        var recorder = new Recorder();
        await using var server = await StartAsync(Alice(), recorder);
        using var client = server.CreateClient("eu-west-1", AliceKey, AliceSecret);

        var key = (await client.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        key.Arn.ShouldStartWith("arn:aws:kms:eu-west-1:444455556666:key/");
        var caller = recorder.Records.Single().Caller;
        caller.Principal.ToString().ShouldBe(AliceArn);
        caller.AccountId.ToString().ShouldBe("444455556666");
        caller.Region.ToString().ShouldBe("eu-west-1");
        caller.IdentityPolicies.ShouldBeNull();
    }

    [Fact]
    public async Task ConfiguredKey_WithIdentityPolicies_CarriesThemToTheCaller()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Describe*","Resource":"*"}]}""";
        var recorder = new Recorder();
        await using var server = await StartAsync(Alice(false, policy), recorder);
        using var client = server.CreateClient(KmsTestServer.Region, AliceKey, AliceSecret);

        // kms:ListKeys is an IAM permission on no resource, which these policies do not give.
        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ListKeysAsync(new ListKeysRequest()),
            "AccessDeniedException",
            $"User: {AliceArn} is not authorized to perform: kms:ListKeys on resource: * because no identity-based policy allows the kms:ListKeys action");

        recorder.Records.Single().Caller.IdentityPolicies!.Select(p => p.Text).ShouldBe([policy]);
    }

    // The text: DynamoDB's answer recorded in mhart/dynalite (index.js), and KMS's in aws/aws-sdk-js#168 and
    // teralytics/prometheus-ecs-discovery#7 ("InvalidSignatureException ... status code: 400").
    [Fact]
    public async Task WrongSecret_IsInvalidSignature_AndChangesNothing()
    {
        var recorder = new Recorder();
        await using var server = await StartAsync(Alice(), recorder);
        using var wrong = server.CreateClient(KmsTestServer.Region, AliceKey, "not-alices-secret");
        using var alice = server.CreateClient(KmsTestServer.Region, AliceKey, AliceSecret);

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => wrong.CreateKeyAsync(new CreateKeyRequest { Description = "refused" }),
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");

        (await alice.ListKeysAsync(new ListKeysRequest())).Keys.ShouldBeEmpty();
        var refused = recorder.Records.First();
        (refused.Operation, refused.StatusCode, refused.ErrorCode).ShouldBe(("CreateKey", 400, "InvalidSignatureException"));
        refused.Caller.Principal.IsAccountRoot.ShouldBeTrue();   // an unverified request is nobody's
    }

    // "Signature expired: 20160610T180547Z is now earlier than 20160610T180612Z (20160610T181112Z - 5 min.)", status 400:
    // hassy/artillery-dino#2 and remind101/logspout-kinesis#21.
    [Fact]
    public async Task SignedMoreThanFiveMinutesAgo_IsSignatureExpired()
    {
        await using var server = await StartAsync(Alice());
        using var client = server.CreateClient(KmsTestServer.Region, AliceKey, AliceSecret);
        server.Clock.Advance(TimeSpan.FromMinutes(6));
        var now = server.Clock.GetUtcNow();

        var error = await Should.ThrowAsync<AmazonKeyManagementServiceException>(() => client.CreateKeyAsync(new CreateKeyRequest()));

        (error.ErrorCode, (int)error.StatusCode).ShouldBe(("InvalidSignatureException", 400));
        var match = Regex.Match(error.Message, @"^Signature expired: (\d{8}T\d{6}Z) is now earlier than (\d{8}T\d{6}Z) \((\d{8}T\d{6}Z) - 5 min\.\)$");
        match.Success.ShouldBeTrue(error.Message);
        (match.Groups[2].Value, match.Groups[3].Value).ShouldBe((SignatureRefusal.Stamp(now.AddMinutes(-5)), SignatureRefusal.Stamp(now)));
        SignedAt(match.Groups[1].Value).ShouldBeInRange(now.AddMinutes(-6).AddSeconds(-30), now.AddMinutes(-6).AddSeconds(30));
        server.Store.ListAccounts().SelectMany(account => server.Store.ListKeys(account)).ShouldBeEmpty();
    }

    // "Signature not yet current: 20181120T211543Z is still later than 20181120T211529Z (20181120T211029Z + 5 min.)":
    // serverless/enterprise#11.
    [Fact]
    public async Task SignedMoreThanFiveMinutesAhead_IsSignatureNotYetCurrent()
    {
        await using var server = await StartAsync(Alice());
        using var client = server.CreateClient(KmsTestServer.Region, AliceKey, AliceSecret);
        server.Clock.Advance(TimeSpan.FromMinutes(-6));
        var now = server.Clock.GetUtcNow();

        var error = await Should.ThrowAsync<AmazonKeyManagementServiceException>(() => client.ListKeysAsync(new ListKeysRequest()));

        (error.ErrorCode, (int)error.StatusCode).ShouldBe(("InvalidSignatureException", 400));
        var match = Regex.Match(error.Message, @"^Signature not yet current: (\d{8}T\d{6}Z) is still later than (\d{8}T\d{6}Z) \((\d{8}T\d{6}Z) \+ 5 min\.\)$");
        match.Success.ShouldBeTrue(error.Message);
        (match.Groups[2].Value, match.Groups[3].Value).ShouldBe((SignatureRefusal.Stamp(now.AddMinutes(5)), SignatureRefusal.Stamp(now)));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(-4)]
    public async Task SignedWithinFiveMinutes_IsServed(int minutes)
    {
        await using var server = await StartAsync(Alice());
        using var client = server.CreateClient(KmsTestServer.Region, AliceKey, AliceSecret);
        server.Clock.Advance(TimeSpan.FromMinutes(minutes));

        (await client.ListKeysAsync(new ListKeysRequest())).Keys.ShouldBeEmpty();
    }

    // {"__type":"UnrecognizedClientException","message":"The security token included in the request is invalid."}, status 400:
    // ArranJacques/laravel-aws-cognito-auth#25; for KMS, aws/aws-encryption-sdk-java#9.
    [Fact]
    public async Task UnknownKey_WhenUnknownKeysAreRejected_IsUnrecognizedClient()
    {
        await using var server = await StartAsync(Alice(rejectUnknown: true));
        using var stranger = server.CreateClient(KmsTestServer.Region, "AKIASTRANGER00000000", "whatever");

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => stranger.CreateKeyAsync(new CreateKeyRequest()), "UnrecognizedClientException", "The security token included in the request is invalid.");

        server.Store.ListAccounts().SelectMany(account => server.Store.ListKeys(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownKey_ByDefault_IsItsAccountsRoot_Unverified()
    {
        var recorder = new Recorder();
        await using var server = await StartAsync(Alice(), recorder);
        using var stranger = server.CreateClient(KmsTestServer.Region, "AKIASTRANGER00000000", "whatever");

        var key = (await stranger.CreateKeyAsync(new CreateKeyRequest())).KeyMetadata;

        key.AWSAccountId.ShouldBe(KmsTestServer.AccountId);
        recorder.Records.Single().Caller.Principal.ToString().ShouldBe("arn:aws:iam::111122223333:root");
    }

    // {"__type":"com.amazon.coral.service#MissingAuthenticationTokenException","message":"Request is missing Authentication Token"},
    // status 400: DynamoDB's answer recorded in mhart/dynalite (index.js).
    [Fact]
    public async Task Unsigned_WhenUnknownKeysAreRejected_IsMissingAuthenticationToken()
    {
        await using var server = await StartAsync(Alice(rejectUnknown: true));

        var (status, code, message) = await PostAsync(server, authorization: null);

        (status, code, message).ShouldBe((400, "MissingAuthenticationTokenException", "Request is missing Authentication Token"));
    }

    [Fact]
    public async Task Unsigned_ByDefault_IsServedWithPrincipalsConfigured()
    {
        await using var server = await StartAsync(Alice());

        var (status, _, _) = await PostAsync(server, authorization: null);

        status.ShouldBe(200);
    }

    // "Authorization header requires 'Credential' parameter. ... Authorization=<header>": aws/chalice#828 and, with the code
    // IncompleteSignature, brendanhay/amazonka#316; IncompleteSignatureException with status 400 in mhart/dynalite (index.js).
    [Fact]
    public async Task ConfiguredKey_IncompleteAuthorization_IsIncompleteSignature()
    {
        await using var server = await StartAsync(Alice());
        var authorization = $"AWS4-HMAC-SHA256 Credential={AliceKey}/20260301/us-east-1/kms/aws4_request";

        var (status, code, message) = await PostAsync(server, authorization);

        (status, code).ShouldBe((400, "IncompleteSignatureException"));
        message.ShouldBe(
            "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. "
            + $"Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization={authorization}");
    }

    // "'<token>' not a valid key=value pair (missing equal-sign) in Authorization header: '<header>'.": iann0036/cloud9-sync#10, aws/aws-sdk-go#289.
    [Fact]
    public async Task ConfiguredKey_ParameterWithoutEquals_IsIncompleteSignature()
    {
        await using var server = await StartAsync(Alice());
        var authorization = $"AWS4-HMAC-SHA256 Credential={AliceKey} /20260301/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=00";

        var (status, code, message) = await PostAsync(server, authorization);

        (status, code).ShouldBe((400, "IncompleteSignatureException"));
        message.ShouldBe($"'/20260301/us-east-1/kms/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '{authorization}'.");
    }

    // "Credential should be scoped to correct service: 'batch'. " (with its trailing space): cllunsford/aws-signing-proxy#25;
    // the sentences and their order, InvalidSignatureException with status 400: mhart/dynalite (index.js).
    [Fact]
    public async Task SignedForAnotherService_IsInvalidSignature_NamingKms()
    {
        await using var server = await StartAsync(Alice());
        using var client = server.CreateClient(KmsTestServer.Region, AliceKey, AliceSecret, serviceName: "s3");

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ListKeysAsync(new ListKeysRequest()), "InvalidSignatureException", "Credential should be scoped to correct service: 'kms'. ");
    }

    // "Credential should be scoped to a valid region. ", InvalidSignatureException with status 400 from an AWS JSON service,
    // recorded in a project's notes found by the code search (and as the STS text in another); AWS no longer names the Region.
    [Fact]
    public async Task SignedForNoRegion_IsInvalidSignature()
    {
        await using var server = await StartAsync(Alice());
        using var client = server.CreateClient("nowhere-9", AliceKey, AliceSecret);

        await SdkErrors.ShouldFailAsync<AmazonKeyManagementServiceException>(
            () => client.ListKeysAsync(new ListKeysRequest()), "InvalidSignatureException", "Credential should be scoped to a valid region. ");
    }

    // "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: 'b' != '20130609', from '20130609T095204Z'.":
    // mhart/dynalite (index.js); AWS's Signature Version 4 date handling page says such a request is rejected.
    [Fact]
    public async Task ScopeDateNotTheRequestsDate_IsInvalidSignature()
    {
        await using var server = await StartAsync(Alice());
        var date = SignatureRefusal.Stamp(server.Clock.GetUtcNow());
        var authorization = $"AWS4-HMAC-SHA256 Credential={AliceKey}/19990101/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature={new string('0', 64)}";

        var (status, code, message) = await PostAsync(server, authorization, date);

        (status, code).ShouldBe((400, "InvalidSignatureException"));
        message.ShouldBe($"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '19990101' != '{date[..8]}', from '{date}'.");
    }

    // The checks and their order, as DynamoDB answered them (mhart/dynalite, index.js): the date's format, its skew, the
    // signed Host, the algorithm, the credential's five elements, then the scope's sentences, concatenated.
    [Theory]
    [InlineData("AWS4-HMAC-SHA256 Credential={key}/{day}/us-east-1/kms/aws4_request, SignedHeaders=x-amz-date, Signature={sig}", 0,
        "InvalidSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.")]
    [InlineData("AWS4-HMAC-SHA512 Credential={key}/{day}/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature={sig}", 0,
        "IncompleteSignatureException", "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ")]
    [InlineData("AWS4-HMAC-SHA256 Credential={key}/{day}/us-east-1/kms, SignedHeaders=host;x-amz-date, Signature={sig}", 0,
        "IncompleteSignatureException", "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{key}/{day}/us-east-1/kms'")]
    [InlineData("AWS4-HMAC-SHA256 Credential={key}/{day}/us-east-1/dynamodb/aws5_request, SignedHeaders=host;x-amz-date, Signature={sig}", 0,
        "InvalidSignatureException", "Credential should be scoped to correct service: 'kms'. Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. ")]
    [InlineData("AWS4-HMAC-SHA512 Credential={key}/{day}/us-east-1/dynamodb/aws4_request, SignedHeaders=x-amz-date, Signature={sig}", -10,
        "InvalidSignatureException", "Signature expired: {date} is now earlier than {now-5} ({now} - 5 min.)")]
    public async Task ConfiguredKey_MalformedSignature_IsRefusedAsAwsChecks(string authorization, int minutes, string code, string message)
    {
        await using var server = await StartAsync(Alice());
        var now = server.Clock.GetUtcNow();
        var date = SignatureRefusal.Stamp(now.AddMinutes(minutes));
        string Fill(string text) => text.Replace("{key}", AliceKey, StringComparison.Ordinal).Replace("{day}", date[..8], StringComparison.Ordinal)
            .Replace("{sig}", new string('0', 64), StringComparison.Ordinal).Replace("{date}", date, StringComparison.Ordinal)
            .Replace("{now-5}", SignatureRefusal.Stamp(now.AddMinutes(-5)), StringComparison.Ordinal).Replace("{now}", SignatureRefusal.Stamp(now), StringComparison.Ordinal);

        var answer = await PostAsync(server, Fill(authorization), date);

        answer.ShouldBe((400, code, Fill(message)));
    }

    // Same text as the other code's recording: "Date must be in ISO-8601 'basic format'. Got '201'. See http://en.wikipedia.org/wiki/ISO_8601" (mhart/dynalite, index.js).
    [Fact]
    public async Task ConfiguredKey_DateNotInBasicFormat_IsIncompleteSignature()
    {
        await using var server = await StartAsync(Alice());
        var authorization = $"AWS4-HMAC-SHA256 Credential={AliceKey}/20260301/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature={new string('0', 64)}";

        var answer = await PostAsync(server, authorization, "2026-03-01T12:00:00Z");

        answer.ShouldBe((400, "IncompleteSignatureException", "Date must be in ISO-8601 'basic format'. Got '2026-03-01T12:00:00Z'. See http://en.wikipedia.org/wiki/ISO_8601"));
    }

    [Fact]
    public async Task NotSigV4_WhenUnknownKeysAreRejected_IsMissingAuthenticationToken()
    {
        await using var server = await StartAsync(Alice(rejectUnknown: true));

        (await PostAsync(server, "Bearer token")).ShouldBe((400, "MissingAuthenticationTokenException", "Request is missing Authentication Token"));
    }

    // Signed by hand over a body: the body is part of what is signed, so another body under the same signature is refused.
    [Fact]
    public async Task SignedBody_VerifiesAsSent_AndAnotherBodyUnderItsSignatureIsRefused()
    {
        await using var server = await StartAsync(Alice());
        var date = SignatureRefusal.Stamp(server.Clock.GetUtcNow());
        const string body = """{"Limit": 5}""";
        var host = $"{server.Url.Host}:{server.Url.Port}";
        var canonical = $"POST\n/\n\nhost:{host}\nx-amz-date:{date}\n\nhost;x-amz-date\n{SignatureV4.PayloadHash(Encoding.UTF8.GetBytes(body))}";
        var stringToSign = SignatureV4.StringToSign(date, $"{date[..8]}/us-east-1/kms/aws4_request", canonical);
        var signature = new byte[32];
        SignatureV4.Sign(Encoding.UTF8.GetBytes("AWS4" + AliceSecret), date[..8], "us-east-1", "kms", stringToSign, signature);
        var authorization = $"AWS4-HMAC-SHA256 Credential={AliceKey}/{date[..8]}/us-east-1/kms/aws4_request, SignedHeaders=host;x-amz-date, Signature={Convert.ToHexStringLower(signature)}";

        var asSigned = await PostAsync(server, authorization, date, body);
        var altered = await PostAsync(server, authorization, date, """{"Limit": 6}""");

        asSigned.ShouldBe((200, null, null));
        altered.ShouldBe((400, "InvalidSignatureException", SignatureRefusal.SignatureMismatch.Message));
    }

    private static DateTimeOffset SignedAt(string stamp) =>
        DateTimeOffset.ParseExact(stamp, "yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    private static async Task<(int Status, string? Code, string? Message)> PostAsync(KmsTestServer server, string? authorization, string? date = null, string body = "{}")
    {
        using var http = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.Add("X-Amz-Target", "TrentService.ListKeys");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (date is not null)
        {
            request.Headers.Add("X-Amz-Date", date);
        }

        using var response = await http.SendAsync(request);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return ((int)response.StatusCode,
            answer.TryGetProperty("__type", out var type) ? type.GetString() : null,
            answer.TryGetProperty("message", out var message) ? message.GetString() : null);
    }
}
