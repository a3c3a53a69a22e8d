using System;
using System.Collections.Generic;
using System.Text;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>The principals of <see cref="KmsOptions.Principals"/>, checked and indexed by access key ID.</summary>
/// <remarks>Immutable once made, so thread-safe; looking up an access key allocates nothing.</remarks>
internal sealed class PrincipalTable
{
    private readonly Dictionary<string, ConfiguredPrincipal> _byAccessKey;
    private readonly Dictionary<string, ConfiguredPrincipal>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private PrincipalTable(Dictionary<string, ConfiguredPrincipal> byAccessKey)
    {
        _byAccessKey = byAccessKey;
        _lookup = byAccessKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many principals there are.</summary>
    public int Count => _byAccessKey.Count;

    /// <summary>Finds the principal that signs with <paramref name="accessKeyId"/>.</summary>
    public bool TryGet(ReadOnlySpan<char> accessKeyId, out ConfiguredPrincipal principal) => _lookup.TryGetValue(accessKeyId, out principal!);

    /// <summary>Checks every principal of <paramref name="principals"/>, in order.</summary>
    /// <returns>The table, or the first problem as one sentence that names the principal's configuration key and the field.</returns>
    public static (PrincipalTable? Table, string? Problem) TryCreate(IList<KmsPrincipalOptions> principals)
    {
        ArgumentNullException.ThrowIfNull(principals);
        var byAccessKey = new Dictionary<string, ConfiguredPrincipal>(principals.Count, StringComparer.Ordinal);
        var indexOf = new Dictionary<string, int>(principals.Count, StringComparer.Ordinal);
        for (var i = 0; i < principals.Count; i++)
        {
            var options = principals[i];
            var key = $"Kms:Principals:{i}";
            if (string.IsNullOrEmpty(options.AccessKeyId))
            {
                return (null, $"{key}:AccessKeyId is missing: each principal needs the access key ID its requests are signed with.");
            }

            if (options.AccessKeyId.AsSpan().IndexOfAny(" \t,/=") >= 0)
            {
                return (null, $"{key}:AccessKeyId '{options.AccessKeyId}' cannot be an access key ID: it has a space, ',', '/' or '=', which the SigV4 credential cannot carry.");
            }

            if (indexOf.TryGetValue(options.AccessKeyId, out var first))
            {
                return (null, $"{key}:AccessKeyId '{options.AccessKeyId}' is already the access key ID of Kms:Principals:{first}; an access key ID names one principal.");
            }

            if (string.IsNullOrEmpty(options.SecretAccessKey))
            {
                return (null, $"{key}:SecretAccessKey is missing: the principal with access key ID '{options.AccessKeyId}' needs the secret its requests are signed with.");
            }

            if (string.IsNullOrEmpty(options.Arn))
            {
                return (null, $"{key}:Arn is missing: write the ARN of the IAM user, role, session or account root that signs with '{options.AccessKeyId}', e.g. arn:aws:iam::111122223333:user/alice.");
            }

            if (!KmsPrincipal.TryParse(options.Arn, out var principal) || principal.Kind is PrincipalKind.None or PrincipalKind.Service)
            {
                return (null, $"{key}:Arn '{options.Arn}' is not the ARN of an IAM user, role, session or account root, such as arn:aws:iam::111122223333:user/alice.");
            }

            List<IdentityPolicy>? policies = null;
            for (var j = 0; j < options.IdentityPolicies.Count; j++)
            {
                var text = options.IdentityPolicies[j] ?? string.Empty;
                var parsed = IdentityPolicy.Parse(text);
                if (parsed.TryPickT1(out var malformed, out var policy))
                {
                    return (null, $"{key}:IdentityPolicies:{j} is not an identity-based policy: {malformed.ErrorCode}: {malformed.Message}");
                }

                (policies ??= []).Add(policy);
            }

            indexOf.Add(options.AccessKeyId, i);
            byAccessKey.Add(options.AccessKeyId, new ConfiguredPrincipal(
                options.AccessKeyId, Encoding.UTF8.GetBytes("AWS4" + options.SecretAccessKey), principal, policies?.AsReadOnly()));
        }

        return (new PrincipalTable(byAccessKey), null);
    }
}

/// <summary>One checked principal: its access key ID, the first key of its SigV4 signing-key chain, its principal and its policies.</summary>
/// <param name="AccessKeyId">The access key ID.</param>
/// <param name="SigningSecret">The UTF-8 bytes of <c>"AWS4" + secret access key</c>, the key of the first HMAC of the signing key.</param>
/// <param name="Principal">The principal its requests are served as.</param>
/// <param name="IdentityPolicies">Its identity-based policies; <see langword="null"/> for every identity permission.</param>
internal sealed record ConfiguredPrincipal(string AccessKeyId, byte[] SigningSecret, KmsPrincipal Principal, IReadOnlyList<IdentityPolicy>? IdentityPolicies);
