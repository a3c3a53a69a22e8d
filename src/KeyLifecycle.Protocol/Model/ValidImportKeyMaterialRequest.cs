using System;

namespace KeyLifecycle.Protocol.Model;

/// <summary>A <see cref="ImportKeyMaterialRequest"/> that passed model validation: the members its handler reads, the required ones not nullable.</summary>
internal readonly record struct ValidImportKeyMaterialRequest(
    string KeyId,
    byte[] ImportToken,
    byte[] EncryptedKeyMaterial,
    DateTimeOffset? ValidTo,
    string? ExpirationModel,
    string? ImportType,
    string? KeyMaterialDescription,
    string? KeyMaterialId);
