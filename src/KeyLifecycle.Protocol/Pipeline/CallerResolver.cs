using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KeyLifecycle.Identifiers;
using Microsoft.AspNetCore.Http;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Finds who is calling and where: the Region from the SigV4 credential scope, the account and principal from configuration or the access key ID.</summary>
/// <remarks>
/// <para>
/// Without <see cref="KmsOptions.Principals"/> and <see cref="KmsOptions.RejectUnknownAccessKeys"/>, signatures are not verified
/// and every caller is its account's root user: a request without a readable credential scope, or whose scope names a Region
/// of no known partition, is served in the default Region.
/// </para>
/// <para>
/// A request signed with a configured access key ID (with <see cref="KmsOptions.RejectUnknownAccessKeys"/>, every request) is
/// checked as AWS checks it, in AWS's order: the Authorization header's parts, the date and its skew from the endpoint's clock,
/// the signed Host, the algorithm, the credential scope, the access key, and last the signature. The caller of a verified
/// request is the configured principal, in its ARN's account and the scope's Region.
/// </para>
/// </remarks>
internal sealed class CallerResolver
{
    /// <summary>How far a request's <c>X-Amz-Date</c> may be from the endpoint's clock, either way: 5 minutes, as AWS allows.</summary>
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(5);

    private const string CredentialPrefix = "Credential=";
    private const string Service = "kms";
    private readonly AwsAccountId _defaultAccount;
    private readonly string _defaultRegionText;

    // Null when nothing is configured, so that the default path is today's and costs what it cost.
    private readonly PrincipalTable? _principals;
    private readonly bool _rejectUnknown;

    public CallerResolver(KmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!AwsRegion.TryParse(options.Region, out var region) || !AwsPartition.TryGetForRegion(region, out _))
        {
            throw new InvalidOperationException($"Kms:Region '{options.Region}' is not a Region of a known AWS partition.");
        }

        if (!AwsAccountId.TryParse(options.AccountId, out _defaultAccount))
        {
            throw new InvalidOperationException($"Kms:AccountId '{options.AccountId}' is not a twelve-digit AWS account ID.");
        }

        Default = KmsCaller.Create(region, _defaultAccount);
        _defaultRegionText = region.ToString();
        if (options.Principals.Count > 0 || options.RejectUnknownAccessKeys)
        {
            var (table, problem) = PrincipalTable.TryCreate(options.Principals);
            _principals = table ?? throw new InvalidOperationException(problem);
            _rejectUnknown = options.RejectUnknownAccessKeys;
        }
    }

    /// <summary>How many principals are configured.</summary>
    public int PrincipalCount => _principals?.Count ?? 0;

    /// <summary>Finds the caller of a request whose body has been read, verifying its signature when configuration asks for it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="body">The body, as read.</param>
    /// <param name="now">The endpoint's time, which the request's date must be within <see cref="AllowedSkew"/> of.</param>
    /// <param name="caller">The caller; <see cref="Default"/> when refused.</param>
    /// <param name="refusal">Why the request is refused, with AWS's code and text; <see langword="null"/> when it is served.</param>
    /// <returns><see langword="true"/> to serve the request as <paramref name="caller"/>.</returns>
    public bool TryResolve(HttpRequest request, ReadOnlySpan<byte> body, DateTimeOffset now, out KmsCaller caller, [NotNullWhen(false)] out SignatureRefusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_principals is null)
        {
            caller = Resolve(request);
            refusal = null;
            return true;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!_rejectUnknown && (!TryFindAccessKey(authorization, out var accessKey) || !_principals.TryGet(accessKey, out _)))
        {
            caller = Resolve(authorization);
            refusal = null;
            return true;
        }

        refusal = Verify(_principals, request, authorization, body, now, out caller);
        return refusal is null;
    }

    private SignatureRefusal? Verify(PrincipalTable principals, HttpRequest request, string authorization, ReadOnlySpan<byte> body, DateTimeOffset now, out KmsCaller caller)
    {
        caller = Default;
        var text = authorization.Trim();
        if (!text.StartsWith("AWS4-", StringComparison.Ordinal))
        {
            return SignatureRefusal.MissingAuthenticationToken;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var algorithm = space < 0 ? text : text[..space];
        string? credential = null, signedHeaders = null, signature = null;
        foreach (var token in (space < 0 ? string.Empty : text[(space + 1)..]).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                return SignatureRefusal.NotKeyValue(token, authorization);
            }

            var value = token[(equals + 1)..];
            switch (token[..equals])
            {
                case "Credential":
                    credential = value;
                    break;
                case "SignedHeaders":
                    signedHeaders = value;
                    break;
                case "Signature":
                    signature = value;
                    break;
            }
        }

        var date = request.Headers["X-Amz-Date"].ToString();
        if (date.Length == 0)
        {
            date = request.Headers.Date.ToString();
        }

        var missing = (string.IsNullOrEmpty(credential) ? "Authorization header requires 'Credential' parameter. " : string.Empty)
            + (string.IsNullOrEmpty(signature) ? "Authorization header requires 'Signature' parameter. " : string.Empty)
            + (string.IsNullOrEmpty(signedHeaders) ? "Authorization header requires 'SignedHeaders' parameter. " : string.Empty)
            + (date.Length == 0 ? "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " : string.Empty);
        if (missing.Length > 0)
        {
            return SignatureRefusal.Incompleteness(missing, authorization);
        }

        if (!DateTimeOffset.TryParseExact(date, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            return SignatureRefusal.DateFormat(date);
        }

        if (signedAt < now - AllowedSkew)
        {
            return SignatureRefusal.Expired(signedAt, now);
        }

        if (signedAt > now + AllowedSkew)
        {
            return SignatureRefusal.NotYetCurrent(signedAt, now);
        }

        if (Array.FindIndex(signedHeaders!.Split(';'), name => name.Equals("host", StringComparison.OrdinalIgnoreCase)) < 0)
        {
            return SignatureRefusal.HostNotSigned;
        }

        if (algorithm != SignatureV4.Algorithm)
        {
            return SignatureRefusal.UnsupportedAlgorithm(algorithm);
        }

        var parts = credential!.TrimEnd('/').Split('/');
        if (parts.Length != 5)
        {
            return SignatureRefusal.CredentialElements(credential);
        }

        var (accessKey, scopeDate, scopeRegion, scopeService, terminator) = (parts[0], parts[1], parts[2], parts[3], parts[4]);
        var validRegion = AwsRegion.TryParse(scopeRegion, out var region) && AwsPartition.TryGetForRegion(region, out _);
        var scopeProblems = (validRegion ? string.Empty : "Credential should be scoped to a valid region. ")
            + (scopeService == Service ? string.Empty : $"Credential should be scoped to correct service: '{Service}'. ")
            + (terminator == "aws4_request" ? string.Empty : $"Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'. ")
            + (scopeDate == date[..8] ? string.Empty : $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scopeDate}' != '{date[..8]}', from '{date}'.");
        if (scopeProblems.Length > 0)
        {
            return SignatureRefusal.Scope(scopeProblems);
        }

        // An access key of another partition does not exist in this one.
        if (!principals.TryGet(accessKey, out var configured) || !AwsPartition.TryGetForRegion(region, out var partition) || configured.Principal.Partition != partition)
        {
            return SignatureRefusal.UnrecognizedClient;
        }

        var canonicalRequest = SignatureV4.CanonicalRequest(request, signedHeaders, SignatureV4.PayloadHash(body));
        var stringToSign = SignatureV4.StringToSign(date, $"{scopeDate}/{scopeRegion}/{Service}/aws4_request", canonicalRequest);
        Span<byte> expected = stackalloc byte[32];
        SignatureV4.Sign(configured.SigningSecret, scopeDate, scopeRegion, Service, stringToSign, expected);
        Span<byte> provided = stackalloc byte[32];
        if (signature!.Length != 64
            || Convert.FromHexString(signature, provided, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(expected, provided))
        {
            return SignatureRefusal.SignatureMismatch;
        }

        caller = KmsCaller.Create(region, configured.Principal.AccountId).As(configured.Principal, configured.IdentityPolicies);
        return null;
    }

    // The access key ID of "Credential=<access key>/...", wherever the parameter is.
    private static bool TryFindAccessKey(string authorization, out ReadOnlySpan<char> accessKey)
    {
        var text = authorization.AsSpan();
        var start = text.IndexOf(CredentialPrefix.AsSpan(), StringComparison.Ordinal);
        if (start < 0)
        {
            accessKey = default;
            return false;
        }

        accessKey = text[(start + CredentialPrefix.Length)..];
        var end = accessKey.IndexOfAny('/', ',', ' ');
        if (end >= 0)
        {
            accessKey = accessKey[..end];
        }

        return accessKey.Length > 0;
    }

    /// <summary>The caller of an unsigned request.</summary>
    public KmsCaller Default { get; }

    /// <summary>Finds the caller without verifying anything: the account's root in the Region of the credential scope.</summary>
    /// <remarks>
    /// What <see cref="TryResolve"/> answers when nothing is configured; otherwise only what a request observer is told of a
    /// request that was refused, or whose body was never read: an unverified request is nobody's principal.
    /// </remarks>
    public KmsCaller Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        return Resolve(authorization);
    }

    /// <summary>Reads <c>AWS4-HMAC-SHA256 Credential=&lt;access key&gt;/&lt;date&gt;/&lt;region&gt;/kms/aws4_request, ...</c>.</summary>
    public KmsCaller Resolve(string? authorization)
    {
        var text = authorization.AsSpan();
        var start = text.IndexOf(CredentialPrefix.AsSpan(), StringComparison.Ordinal);
        if (start < 0)
        {
            return Default;
        }

        var scope = text[(start + CredentialPrefix.Length)..];
        var end = scope.IndexOfAny(',', ' ');
        if (end >= 0)
        {
            scope = scope[..end];
        }

        Span<Range> parts = stackalloc Range[6];
        if (scope.Split(parts, '/') != 5)
        {
            return Default;
        }

        // Most requests are signed for the default Region: recognizing it needs no parsing.
        var region = Default.Region;
        if (!scope[parts[2]].SequenceEqual(_defaultRegionText)
            && AwsRegion.TryParse(scope[parts[2]], out var scoped) && AwsPartition.TryGetForRegion(scoped, out _))
        {
            region = scoped;
        }

        var account = AwsAccountId.TryParse(scope[parts[0]], out var fromAccessKey) ? fromAccessKey : _defaultAccount;
        return region == Default.Region && account == Default.AccountId ? Default : KmsCaller.Create(region, account);
    }
}
