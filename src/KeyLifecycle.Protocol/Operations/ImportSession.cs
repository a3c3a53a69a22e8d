using System;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The parameters one <c>GetParametersForImport</c> call issued: the wrapping key pair, for one key and one wrapping algorithm, until they expire.</summary>
/// <param name="KeyArn">The key the parameters are for.</param>
/// <param name="WrappingAlgorithm">The wrapping algorithm's wire name.</param>
/// <param name="PrivateKey">The wrapping private key, PKCS#8.</param>
/// <param name="ValidTo">When the parameters expire (24 hours after issue, as in KMS).</param>
internal sealed record ImportSession(KeyArn KeyArn, string WrappingAlgorithm, byte[] PrivateKey, DateTimeOffset ValidTo);
