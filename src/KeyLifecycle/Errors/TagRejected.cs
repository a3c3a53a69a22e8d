namespace KeyLifecycle.Errors;

/// <summary>A tag the service refuses: <c>TagException</c>.</summary>
/// <param name="Message">The AWS message text.</param>
/// <remarks>Made by the tag checks of <c>CreateKey</c>, <c>TagResource</c> and <c>UntagResource</c>.</remarks>
public sealed record TagRejected(string Message) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "TagException";
}
