using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The import parameters issued and not yet expired, by import token.</summary>
/// <remarks>
/// The import token is 64 random bytes that name a session here; the wrapping private key never leaves this process.
/// Sessions live in memory only: they do not outlive the endpoint, as they expire after 24 hours in KMS anyway. Whether
/// imported bytes are the key's is decided by their key material ID (<see cref="ImportedMaterialIds"/>), which the key
/// keeps. Thread-safe.
/// </remarks>
internal sealed class ImportSessions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private const int TokenBytes = 64;
    private readonly ConcurrentDictionary<string, ImportSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>Issues new parameters with <paramref name="pair"/>: the import token and the wrapping public key (DER SubjectPublicKeyInfo).</summary>
    public (byte[] Token, byte[] PublicKey, DateTimeOffset ValidTo) Issue(KeyArn key, string wrappingAlgorithm, WrappingKeyPair pair, DateTimeOffset now)
    {
        foreach (var session in _sessions)
        {
            if (session.Value.ValidTo <= now)
            {
                _sessions.TryRemove(session.Key, out _);
            }
        }

        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var validTo = now + Lifetime;
        _sessions[Convert.ToBase64String(token)] = new ImportSession(key, wrappingAlgorithm, pair.PrivateKey, validTo);
        return (token, pair.PublicKey, validTo);
    }

    public ImportSession? Find(byte[] token) => _sessions.TryGetValue(Convert.ToBase64String(token), out var session) ? session : null;
}
