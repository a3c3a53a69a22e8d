using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Errors;

/// <summary>The key cannot take part in the operation, whatever its state: <c>UnsupportedOperationException</c>.</summary>
/// <param name="KeyArn">The key's ARN.</param>
/// <param name="Origin">The key's origin, quoted by the <see cref="UnsupportedReason.Origin"/> wording.</param>
/// <param name="KeySpec">The key's spec.</param>
/// <param name="Operation">The refused operation.</param>
/// <param name="Reason">Which wording applies.</param>
public sealed record UnsupportedOperation(KeyArn KeyArn, KeyOrigin Origin, KeySpec KeySpec, KmsOperation Operation, UnsupportedReason Reason) : IKmsError
{
    /// <inheritdoc/>
    public string ErrorCode => "UnsupportedOperationException";

    /// <inheritdoc/>
    public string Message => Reason switch
    {
        UnsupportedReason.Origin => $"{KeyArn} origin is {Origin.ToWireName()} which is not valid for this operation.",
        UnsupportedReason.NotMultiRegionPrimary => $"{KeyArn} is not a multi-region primary key.",
        UnsupportedReason.Unspecified => string.Empty,
        _ => throw new InvalidOperationException($"Undefined {nameof(UnsupportedReason)} {Reason}."),
    };

    /// <inheritdoc/>
    public int HttpStatusCode => 400;
}
