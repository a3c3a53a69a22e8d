using System;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>One version of a key's secret material as the store keeps it: its ID and its bytes.</summary>
/// <param name="Id">The key material ID, as <c>DescribeKey</c> reports it and symmetric ciphertexts name it.</param>
/// <param name="Material">
/// The bytes, in the form <c>KeyLifecycle.Cryptography.KeyMaterialGenerator</c> documents: 32 bytes for
/// <c>SYMMETRIC_DEFAULT</c>, the HMAC key for HMAC specs, a DER PKCS #8 <c>PrivateKeyInfo</c> for RSA and ECC specs.
/// </param>
/// <remarks>Plain data, so a durable store can write it as it is. Callers do not change the bytes after storing them.</remarks>
public sealed record StoredKeyMaterial(KeyMaterialId Id, ReadOnlyMemory<byte> Material);
