using System;

namespace KeyLifecycle;

/// <summary>One completed rotation of a key's material: the material it made current, when, and how.</summary>
/// <param name="KeyMaterialId">The ID of the material the rotation made current.</param>
/// <param name="RotationDate">When the rotation took place.</param>
/// <param name="RotationType">Whether it was automatic or on demand.</param>
/// <remarks>
/// The material's bytes are not here: the host's store keeps them next to the key (see <see cref="KmsKey"/>). See
/// <see href="https://docs.aws.amazon.com/kms/latest/APIReference/API_RotationsListEntry.html">RotationsListEntry</see>.
/// </remarks>
public sealed record KeyRotation(KeyMaterialId KeyMaterialId, DateTimeOffset RotationDate, RotationType RotationType);
