using System;
using System.Text;
using KeyLifecycle.Protocol.Pipeline;
using Microsoft.AspNetCore.Http;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>
/// The SigV4 arithmetic against AWS's Signature Version 4 test suite, an oracle independent of the AWS SDK: the cases of
/// https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html as kept in awslabs/aws-c-auth
/// (tests/aws-signing-test-suite) and in @aws-sdk/signature-v4's suite.fixture.js, all signed by AKIDEXAMPLE for the
/// service "service" in us-east-1 at 20150830T123600Z.
/// </summary>
public class SignatureV4Tests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Date = "20150830T123600Z";
    private const string Scope = "20150830/us-east-1/service/aws4_request";
    private const string EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Fact]
    public void PostXWwwFormUrlencoded_GivesTheSuitesCanonicalRequestStringToSignAndSignature()
    {
        var request = Request("POST", "/", "", "Param1=value1", ("Content-Type", "application/x-www-form-urlencoded"));

        var canonical = SignatureV4.CanonicalRequest(request, "content-type;host;x-amz-date", SignatureV4.PayloadHash("Param1=value1"u8));

        canonical.ShouldBe(
            "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
            + "content-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
        var stringToSign = SignatureV4.StringToSign(Date, Scope, canonical);
        stringToSign.ShouldBe("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281");
        Signature(stringToSign).ShouldBe("ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
    }

    [Fact]
    public void PostVanillaQuery_GivesTheSuitesCanonicalRequestStringToSignAndSignature()
    {
        var request = Request("POST", "/", "?Param1=value1", "");

        var canonical = SignatureV4.CanonicalRequest(request, "host;x-amz-date", EmptyHash);

        canonical.ShouldBe($"POST\n/\nParam1=value1\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n{EmptyHash}");
        var stringToSign = SignatureV4.StringToSign(Date, Scope, canonical);
        stringToSign.ShouldEndWith("\n9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd");
        Signature(stringToSign).ShouldBe("28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11");
    }

    // get-vanilla-query-order-key-case: the parameters arrive out of order and are sorted.
    [Fact]
    public void GetVanillaQueryOutOfOrder_IsSorted_AndGivesTheSuitesSignature()
    {
        var request = Request("GET", "/", "?Param2=value2&Param1=value1", "");

        var canonical = SignatureV4.CanonicalRequest(request, "host;x-amz-date", EmptyHash);

        canonical.ShouldBe($"GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n{EmptyHash}");
        var stringToSign = SignatureV4.StringToSign(Date, Scope, canonical);
        stringToSign.ShouldEndWith("\n816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0");
        Signature(stringToSign).ShouldBe("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    [Theory]
    [InlineData("post-vanilla", "POST", "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")]
    [InlineData("post-header-key-case", "POST", "host;my-header1;x-amz-date", "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c")]
    public void SuiteCase_GivesTheSuitesSignature(string name, string method, string signedHeaders, string signature)
    {
        var request = name == "post-header-key-case"
            ? Request(method, "/", "", "", ("MY-HEADER1", "value1"))
            : Request(method, "/", "", "");

        var canonical = SignatureV4.CanonicalRequest(request, signedHeaders, EmptyHash);

        Signature(SignatureV4.StringToSign(Date, Scope, canonical)).ShouldBe(signature);
    }

    // get-header-value-trim: values are trimmed and their inner runs of spaces made one.
    [Fact]
    public void HeaderValues_AreTrimmedAndTheirSpacesCollapsed_AsTheSuiteSigns()
    {
        var request = Request("GET", "/", "", "", ("My-Header1", " value1"), ("My-Header2", " \"a   b   c\""));

        var canonical = SignatureV4.CanonicalRequest(request, "host;my-header1;my-header2;x-amz-date", EmptyHash);

        canonical.ShouldContain("\nmy-header1:value1\nmy-header2:\"a b c\"\n");
        Signature(SignatureV4.StringToSign(Date, Scope, canonical)).ShouldBe("acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
    }

    private static HttpRequest Request(string method, string path, string query, string body, params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        context.Request.Headers.Host = "example.amazonaws.com";
        context.Request.Headers["X-Amz-Date"] = Date;
        foreach (var (name, value) in headers)
        {
            context.Request.Headers[name] = value;
        }

        context.Request.ContentLength = Encoding.UTF8.GetByteCount(body);
        return context.Request;
    }

    private static string Signature(string stringToSign)
    {
        Span<byte> signature = stackalloc byte[32];
        SignatureV4.Sign(Encoding.UTF8.GetBytes("AWS4" + Secret), "20150830", "us-east-1", "service", stringToSign, signature);
        return Convert.ToHexStringLower(signature);
    }
}
