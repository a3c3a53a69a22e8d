using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The arithmetic of AWS Signature Version 4: the canonical request of an HTTP request, the string to sign, and the signature.</summary>
/// <remarks>
/// As <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">Create a signed AWS API request</see>
/// describes it for services other than Amazon S3: each path segment URI-encoded, the query parameters sorted by encoded name and
/// value, each signed header's values trimmed, their inner runs of spaces made one, and joined with commas.
/// </remarks>
internal static class SignatureV4
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Returns the canonical request of <paramref name="request"/> for the semicolon-separated lower-case <paramref name="signedHeaders"/>.</summary>
    public static string CanonicalRequest(HttpRequest request, string signedHeaders, string payloadHash)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = new StringBuilder(512);
        text.Append(request.Method).Append('\n');
        AppendCanonicalUri(text, (request.PathBase + request.Path).Value);
        text.Append('\n');
        AppendCanonicalQuery(text, request.QueryString.Value);
        text.Append('\n');
        foreach (var name in signedHeaders.Split(';'))
        {
            text.Append(name).Append(':');
            AppendHeaderValues(text, request.Headers[name]);
            text.Append('\n');
        }

        text.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);
        return text.ToString();
    }

    /// <summary>Returns the lower-case hex SHA-256 of <paramref name="payload"/>, the last line of a canonical request.</summary>
    public static string PayloadHash(ReadOnlySpan<byte> payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    /// <summary>Returns <c>AWS4-HMAC-SHA256\n&lt;date&gt;\n&lt;scope&gt;\n&lt;hex SHA-256 of the canonical request&gt;</c>.</summary>
    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    /// <summary>Writes the 32-byte signature of <paramref name="stringToSign"/> into <paramref name="signature"/>.</summary>
    /// <param name="signingSecret">The UTF-8 bytes of <c>"AWS4" + secret access key</c>.</param>
    /// <param name="date">The scope's date, <c>YYYYMMDD</c>.</param>
    /// <param name="region">The scope's Region.</param>
    /// <param name="service">The scope's service.</param>
    /// <param name="stringToSign">The string to sign.</param>
    /// <param name="signature">32 bytes.</param>
    public static void Sign(ReadOnlySpan<byte> signingSecret, string date, string region, string service, string stringToSign, Span<byte> signature)
    {
        Span<byte> key = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(signingSecret, Encoding.UTF8.GetBytes(date), key);
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region), key);
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service), key);
        HMACSHA256.HashData(key, "aws4_request"u8, key);
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign), signature);
    }

    // Each segment of the path URI-encoded (RFC 3986 unreserved characters kept); an empty path is "/".
    private static void AppendCanonicalUri(StringBuilder text, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            text.Append('/');
            return;
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (i > 0)
            {
                text.Append('/');
            }

            text.Append(Uri.EscapeDataString(segments[i]));
        }
    }

    // name=value pairs, each decoded then URI-encoded, sorted by name and then value, joined with '&'.
    private static void AppendCanonicalQuery(StringBuilder text, string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
        {
            return;
        }

        var pairs = new List<(string Name, string Value)>();
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals >= 0 ? pair[..equals] : pair;
            var value = equals >= 0 ? pair[(equals + 1)..] : string.Empty;
            pairs.Add((Uri.EscapeDataString(Uri.UnescapeDataString(name)), Uri.EscapeDataString(Uri.UnescapeDataString(value))));
        }

        pairs.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                text.Append('&');
            }

            text.Append(pairs[i].Name).Append('=').Append(pairs[i].Value);
        }
    }

    private static void AppendHeaderValues(StringBuilder text, StringValues values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var value = (values[i] ?? string.Empty).AsSpan().Trim();
            var space = false;
            foreach (var c in value)
            {
                if (c == ' ')
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    text.Append(' ');
                    space = false;
                }

                text.Append(c);
            }
        }
    }
}
