namespace KeyLifecycle.Errors;

/// <summary>A request for something the service does not support where it was asked, before any key exists: <c>UnsupportedOperationException</c>.</summary>
/// <param name="Message">The AWS message text, such as <c>KeySpec SM2 is not supported in this Region</c>.</param>
/// <remarks>Refusals that concern an existing key are <see cref="UnsupportedOperation"/>, which names the key.</remarks>
public sealed record NotSupported(string Message) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "UnsupportedOperationException";

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
