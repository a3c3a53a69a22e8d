using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol;

/// <summary>A failure of the service itself rather than of the request: <c>DependencyTimeoutException</c>, <c>KMSInternalException</c>, <c>LimitExceededException</c> or <c>ThrottlingException</c>.</summary>
/// <param name="Kind">Which fault.</param>
/// <param name="Message">The message text to send.</param>
/// <remarks>The domain never produces these: they belong to the host, which injects them so that clients can test their retries (<see cref="KmsFaultRule"/>).</remarks>
public sealed record ServiceFault(ServiceFaultKind Kind, string Message) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => Kind switch
    {
        ServiceFaultKind.DependencyTimeout => "DependencyTimeoutException",
        ServiceFaultKind.InternalError => "KMSInternalException",
        ServiceFaultKind.LimitExceeded => "LimitExceededException",
        ServiceFaultKind.Throttling => "ThrottlingException",
    };

    /// <summary>The HTTP status code the service answers the fault with: 503, 500, or 400 for quotas and throttling.</summary>
    public int HttpStatusCode => Kind switch
    {
        ServiceFaultKind.DependencyTimeout => 503,
        ServiceFaultKind.InternalError => 500,
        ServiceFaultKind.LimitExceeded or ServiceFaultKind.Throttling => 400,
    };

    /// <summary>Returns the fault of <paramref name="kind"/> with the message the service sends for it.</summary>
    /// <param name="kind">Which fault.</param>
    /// <returns>The fault with its default message.</returns>
    public static ServiceFault Of(ServiceFaultKind kind) => new(kind, kind switch
    {
        ServiceFaultKind.DependencyTimeout => "The service is temporarily unable to access a dependency. Please retry.",
        ServiceFaultKind.LimitExceeded => "The request was rejected because a quota was exceeded.",
        ServiceFaultKind.Throttling => "Rate exceeded",
        ServiceFaultKind.InternalError => "An internal error occurred. Please retry.",
    });
}
