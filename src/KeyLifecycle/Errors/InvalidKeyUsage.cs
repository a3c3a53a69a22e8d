using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The key cannot perform the operation or algorithm asked of it: <c>InvalidKeyUsageException</c>.</summary>
/// <param name="KeyArn">The key's ARN.</param>
/// <param name="KeyUsage">The key's usage.</param>
/// <param name="KeySpec">The key's spec.</param>
/// <param name="OperationName">The operation as the message names it: the operation's name, or <c>ReEncryptFrom</c> / <c>ReEncryptTo</c> for the two keys of <c>ReEncrypt</c>.</param>
/// <param name="Algorithm">For <see cref="InvalidKeyUsageReason.Algorithm"/>, the algorithm's wire name; otherwise empty.</param>
/// <param name="Reason">Which wording applies.</param>
/// <remarks>
/// <para>Wordings:</para>
/// <list type="bullet">
/// <item><see cref="InvalidKeyUsageReason.KeyUsage"/>: <c>&lt;key ARN&gt; key usage is &lt;USAGE&gt; which is not valid for &lt;Operation&gt;.</c>
/// Recorded from the service (LocalStack's AWS-validated snapshots; <c>/work/shared/reference/kms-key-lifecycle.md</c> section 5).</item>
/// <item><see cref="InvalidKeyUsageReason.KeySpec"/>: <c>&lt;key ARN&gt; key KeySpec is &lt;SPEC&gt; which is not valid for &lt;Operation&gt;.</c>
/// for a key of the right usage and the wrong spec (<c>GenerateDataKey</c> with an RSA encryption key). Not recorded from
/// the service; the wording local-kms uses (<c>nsmithuk/local-kms</c> <c>src/handler/generate_data_key.go</c>), a project choice.</item>
/// <item><see cref="InvalidKeyUsageReason.Algorithm"/>: <c>Algorithm &lt;ALGORITHM&gt; is incompatible with key spec &lt;SPEC&gt;.</c>
/// Not recorded from the service; the wording LocalStack uses (<c>localstack/localstack</c>
/// <c>localstack-core/localstack/services/kms/models.py</c>), a project choice.</item>
/// </list>
/// </remarks>
public sealed record InvalidKeyUsage(KeyArn KeyArn, KeyUsage KeyUsage, KeySpec KeySpec, string OperationName, string Algorithm, InvalidKeyUsageReason Reason) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "InvalidKeyUsageException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        InvalidKeyUsageReason.KeyUsage => $"{KeyArn} key usage is {KeyUsage.ToWireName()} which is not valid for {OperationName}.",
        InvalidKeyUsageReason.KeySpec => $"{KeyArn} key KeySpec is {KeySpec.ToWireName()} which is not valid for {OperationName}.",
        InvalidKeyUsageReason.Algorithm => $"Algorithm {Algorithm} is incompatible with key spec {KeySpec.ToWireName()}.",
    };
}
