using System;
using KeyLifecycle.Identifiers;
using Microsoft.AspNetCore.Http;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Finds who is calling and where: the Region from the SigV4 credential scope, the account from configuration or the access key ID.</summary>
/// <remarks>
/// Signatures are not verified. A request without a readable credential scope, or whose scope names a Region of no
/// known partition, is served in the default Region.
/// </remarks>
internal sealed class CallerResolver
{
    private const string CredentialPrefix = "Credential=";
    private readonly AwsAccountId _defaultAccount;
    private readonly string _defaultRegionText;

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
    }

    /// <summary>The caller of an unsigned request.</summary>
    public KmsCaller Default { get; }

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
