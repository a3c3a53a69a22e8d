using System;

namespace KeyLifecycle;

/// <summary>What <c>GetKeyRotationStatus</c> reports about a key's automatic rotation.</summary>
/// <param name="KeyRotationEnabled">Whether automatic rotation is on; reported off while the key is pending deletion.</param>
/// <param name="RotationPeriodInDays">The days between rotations, when rotation is on.</param>
/// <param name="NextRotationDate">When the key is next rotated, when rotation is on.</param>
public sealed record KeyRotationStatus(bool KeyRotationEnabled, int? RotationPeriodInDays, DateTimeOffset? NextRotationDate);
