using System;
using System.Globalization;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>A request refused before its operation because of how it is signed, with AWS's error code and text; HTTP 400.</summary>
/// <param name="ErrorCode">The AWS error code: <c>InvalidSignatureException</c>, <c>IncompleteSignatureException</c>, <c>UnrecognizedClientException</c> or <c>MissingAuthenticationTokenException</c>.</param>
/// <param name="Message">AWS's text; the tests name the recording behind each.</param>
/// <remarks>AWS's JSON protocol services answer every one of these with status 400.</remarks>
internal sealed record SignatureRefusal(string ErrorCode, string Message) : IKmsError
{
    private const string Invalid = "InvalidSignatureException";
    private const string Incomplete = "IncompleteSignatureException";

    public static SignatureRefusal MissingAuthenticationToken { get; } = new("MissingAuthenticationTokenException", "Request is missing Authentication Token");

    public static SignatureRefusal UnrecognizedClient { get; } = new("UnrecognizedClientException", "The security token included in the request is invalid.");

    public static SignatureRefusal SignatureMismatch { get; } = new(Invalid,
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");

    public static SignatureRefusal HostNotSigned { get; } = new(Invalid, "'Host' must be a 'SignedHeader' in the AWS Authorization.");

    public static SignatureRefusal NotKeyValue(string token, string authorization) =>
        new(Incomplete, $"'{token}' not a valid key=value pair (missing equal-sign) in Authorization header: '{authorization}'.");

    /// <summary>The parameters and headers a signature needs, as AWS lists what is missing.</summary>
    public static SignatureRefusal Incompleteness(string missing, string authorization) => new(Incomplete, $"{missing}Authorization={authorization}");

    public static SignatureRefusal DateFormat(string date) =>
        new(Incomplete, $"Date must be in ISO-8601 'basic format'. Got '{date}'. See http://en.wikipedia.org/wiki/ISO_8601");

    public static SignatureRefusal UnsupportedAlgorithm(string algorithm) =>
        new(Incomplete, $"Unsupported AWS 'algorithm': '{algorithm}' (only AWS4-HMAC-SHA256 for now). ");

    public static SignatureRefusal CredentialElements(string credential) =>
        new(Incomplete, $"Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{credential}'");

    public static SignatureRefusal Scope(string sentences) => new(Invalid, sentences);

    public static SignatureRefusal Expired(DateTimeOffset signed, DateTimeOffset now) =>
        new(Invalid, $"Signature expired: {Stamp(signed)} is now earlier than {Stamp(now - CallerResolver.AllowedSkew)} ({Stamp(now)} - 5 min.)");

    public static SignatureRefusal NotYetCurrent(DateTimeOffset signed, DateTimeOffset now) =>
        new(Invalid, $"Signature not yet current: {Stamp(signed)} is still later than {Stamp(now + CallerResolver.AllowedSkew)} ({Stamp(now)} + 5 min.)");

    /// <summary>The ISO 8601 basic format of SigV4 dates, <c>yyyyMMddTHHmmssZ</c>.</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
