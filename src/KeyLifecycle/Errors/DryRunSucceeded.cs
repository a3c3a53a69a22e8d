namespace KeyLifecycle.Errors;

/// <summary>The request passed every check and was not carried out, because it set <c>DryRun</c>: <c>DryRunOperationException</c>.</summary>
/// <remarks>
/// The service's text is not recorded; this is the wording LocalStack uses (<c>localstack/localstack</c>,
/// <c>localstack-core/localstack/services/kms/utils.py</c>, <c>execute_dry_run_capable</c>), a project choice:
/// <c>The request would have succeeded, but the DryRun option is set.</c>
/// </remarks>
public sealed record DryRunSucceeded : IKmsError
{
    private DryRunSucceeded()
    {
    }

    /// <summary>Gets the error.</summary>
    public static DryRunSucceeded Instance { get; } = new();

    /// <inheritdoc/>
    public string ErrorCode => "DryRunOperationException";

    /// <inheritdoc/>
    public string Message => "The request would have succeeded, but the DryRun option is set.";
}
