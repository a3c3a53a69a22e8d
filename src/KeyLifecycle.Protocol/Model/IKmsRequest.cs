using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Model;

/// <summary>An operation's input shape, which checks itself against the KMS API model.</summary>
internal interface IKmsRequest
{
    /// <summary>Returns the <c>ValidationException</c> for the request's broken model constraints, or <see langword="null"/> when there are none.</summary>
    ValidationFailed? Validate();
}
