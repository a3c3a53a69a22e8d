using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The service does not support what was asked, whatever the key's state: <c>UnsupportedOperationException</c>.</summary>
/// <param name="KeyArn">The key's ARN; <see langword="null"/> for a refusal before any key exists (<c>CreateKey</c>).</param>
/// <param name="Origin">The key's (or the request's) origin, quoted by the <see cref="UnsupportedReason.Origin"/> and <see cref="UnsupportedReason.OriginWithoutKeyStore"/> wordings.</param>
/// <param name="KeySpec">The key's (or the request's) key spec, quoted by the <see cref="UnsupportedReason.KeySpecInRegion"/> and <see cref="UnsupportedReason.KeySpecInKeyStore"/> wordings.</param>
/// <param name="Operation">The refused operation; <see langword="null"/> for <c>CreateKey</c>, which acts on no key.</param>
/// <param name="Reason">Which wording applies.</param>
public sealed record UnsupportedOperation(KeyArn? KeyArn, KeyOrigin Origin, KeySpec KeySpec, KmsOperation? Operation, UnsupportedReason Reason) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "UnsupportedOperationException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        UnsupportedReason.Origin => $"{KeyArn} origin is {Origin.ToWireName()} which is not valid for this operation.",
        UnsupportedReason.NotMultiRegionPrimary => $"{KeyArn} is not a multi-region primary key.",
        UnsupportedReason.Unspecified => string.Empty,
        UnsupportedReason.KeySpecInRegion => $"KeySpec {KeySpec.ToWireName()} is not supported in this Region",
        UnsupportedReason.OriginWithoutKeyStore => $"{Origin.ToWireName()} origin is not valid with a custom key store.",
        UnsupportedReason.MultiRegionInKeyStore => "Multi-Region keys cannot be created in a custom key store.",
        UnsupportedReason.KeySpecInKeyStore => $"KeySpec {KeySpec.ToWireName()} is not supported in a custom key store.",
    };

    /// <summary>Returns a refusal of <c>CreateKey</c>, made before any key exists.</summary>
    /// <param name="origin">The requested origin.</param>
    /// <param name="keySpec">The requested key spec.</param>
    /// <param name="reason">Which wording applies.</param>
    /// <returns>The refusal, with no <see cref="KeyArn"/> and no <see cref="Operation"/>.</returns>
    public static UnsupportedOperation ForCreateKey(KeyOrigin origin, KeySpec keySpec, UnsupportedReason reason) =>
        new(null, origin, keySpec, null, reason);
}
