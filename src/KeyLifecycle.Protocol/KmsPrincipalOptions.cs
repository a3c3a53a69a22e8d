using System.Collections.Generic;

namespace KeyLifecycle.Protocol;

/// <summary>A principal the endpoint knows by an access key: the key ID and secret its requests are signed with, its ARN, and its identity-based policies.</summary>
/// <remarks>
/// <para>
/// Bound from <c>Kms:Principals:&lt;n&gt;</c> (<c>--Kms:Principals:0:AccessKeyId=AKIAIOSFODNN7EXAMPLE</c>). A request signed with
/// <see cref="AccessKeyId"/> has its SigV4 signature verified with <see cref="SecretAccessKey"/> and is served as <see cref="Arn"/>,
/// in that ARN's account. The endpoint checks every principal when it starts and refuses to start, naming the principal and
/// the field, when one is not good.
/// </para>
/// <para>See <see href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html">Create a signed AWS API request</see>.</para>
/// </remarks>
public sealed class KmsPrincipalOptions
{
    /// <summary>The access key ID the principal signs with, such as <c>AKIAIOSFODNN7EXAMPLE</c>; required, and unique among the principals.</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The secret access key the principal signs with; required.</summary>
    public string? SecretAccessKey { get; set; }

    /// <summary>The principal's ARN: an IAM user or role (<c>arn:aws:iam::111122223333:user/alice</c>), an assumed-role session (<c>arn:aws:sts::111122223333:assumed-role/App/worker</c>), a federated user, or an account root (<c>arn:aws:iam::111122223333:root</c>); required.</summary>
    public string? Arn { get; set; }

    /// <summary>The principal's identity-based policies, each a JSON policy document; empty (the default) for every identity permission.</summary>
    public IList<string> IdentityPolicies { get; } = new List<string>();
}
