using System;

namespace KeyLifecycle;

/// <summary>What an <c>ImportKeyMaterial</c> request brings, once the host has unwrapped the bytes and computed their ID.</summary>
/// <param name="MaterialId">The ID of the unwrapped bytes, computed by the host from the key ID and the bytes.</param>
/// <param name="ExpirationModel">Whether the material expires; a request without one means <see cref="KeyLifecycle.ExpirationModel.KeyMaterialExpires"/>.</param>
/// <param name="ValidTo">When the material expires; required exactly when <paramref name="ExpirationModel"/> is <see cref="KeyLifecycle.ExpirationModel.KeyMaterialExpires"/>.</param>
public sealed record KeyMaterialImport(KeyMaterialId MaterialId, ExpirationModel ExpirationModel, DateTimeOffset? ValidTo)
{
    /// <summary>Gets the request's <c>ImportType</c>; <see langword="null"/> when it has none.</summary>
    public ImportType? ImportType { get; init; }

    /// <summary>Gets the request's <c>KeyMaterialId</c>, which names the material a re-import must match; <see langword="null"/> when it has none.</summary>
    public KeyMaterialId? RequestedMaterialId { get; init; }

    /// <summary>Gets the request's <c>KeyMaterialDescription</c>; <see langword="null"/> when it has none.</summary>
    public string? Description { get; init; }
}
