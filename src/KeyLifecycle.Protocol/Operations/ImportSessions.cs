using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The import parameters issued and not yet expired, by import token; and a fingerprint of the material imported into each key.</summary>
/// <remarks>
/// The import token is 64 random bytes that name a session here; the wrapping private key never leaves this process. Both
/// live in memory only: parameters do not outlive the endpoint, as they expire after 24 hours in KMS anyway. Thread-safe.
/// </remarks>
internal sealed class ImportSessions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const int TokenBytes = 64;
    private readonly ConcurrentDictionary<string, ImportSession> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(AwsAccountId, KeyId), byte[]> _fingerprints = new();

    /// <summary>Issues new parameters: the import token and the wrapping public key (DER SubjectPublicKeyInfo).</summary>
    public (byte[] Token, byte[] PublicKey, DateTimeOffset ValidTo) Issue(KeyArn key, string wrappingAlgorithm, int keySizeInBits, DateTimeOffset now)
    {
        foreach (var pair in _sessions)
        {
            if (pair.Value.ValidTo <= now)
            {
                _sessions.TryRemove(pair.Key, out _);
            }
        }

        using var rsa = RSA.Create(keySizeInBits);
        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var validTo = now + Lifetime;
        _sessions[Convert.ToBase64String(token)] = new ImportSession(key, wrappingAlgorithm, rsa.ExportPkcs8PrivateKey(), validTo);
        return (token, rsa.ExportSubjectPublicKeyInfo(), validTo);
    }

    public ImportSession? Find(byte[] token) => _sessions.TryGetValue(Convert.ToBase64String(token), out var session) ? session : null;

    /// <summary>Whether <paramref name="material"/> may be imported into the key: related multi-Region keys and re-imports must bring the same material.</summary>
    public bool IsSameAsBefore(KeyArn key, byte[] material) =>
        !_fingerprints.TryGetValue((key.AccountId, key.KeyId), out var fingerprint)
        || CryptographicOperations.FixedTimeEquals(fingerprint, SHA256.HashData(material));

    public void Imported(KeyArn key, byte[] material) => _fingerprints.TryAdd((key.AccountId, key.KeyId), SHA256.HashData(material));
}
