using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The import parameters issued and not yet expired, by import token, at most <see cref="MaxLivePerKey"/> per key.</summary>
/// <remarks>
/// <para>
/// The import token is 64 random bytes that name a session here; the wrapping private key never leaves this process.
/// Sessions live in memory only: they do not outlive the endpoint, as they expire after 24 hours in KMS anyway. Whether
/// imported bytes are the key's is decided by their key material ID (<see cref="ImportedMaterialIds"/>), which the key
/// keeps. Thread-safe; a lock guards both maps, as sessions are issued and used far less often than keys are read.
/// </para>
/// <para>
/// AWS documents no limit on a key's outstanding import tokens, and no call that supersedes earlier ones: "Each public
/// key and import token set is valid for 24 hours" (API_GetParametersForImport), and a set is usable until then. Each
/// session here holds an RSA private key, so a loop of GetParametersForImport would grow the process for a day; the
/// project keeps a key's <see cref="MaxLivePerKey"/> latest sessions, and a token dropped for a newer one is answered as
/// any token this endpoint does not know, <c>InvalidImportTokenException</c>.
/// </para>
/// </remarks>
internal sealed class ImportSessions
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>The most sessions a key keeps; issuing another drops the key's oldest.</summary>
    public const int MaxLivePerKey = 100;

    private const int TokenBytes = 64;
    private readonly object _gate = new();
    private readonly Dictionary<string, ImportSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<KeyArn, Queue<string>> _tokensByKey = [];

    /// <summary>Issues new parameters with <paramref name="pair"/>: the import token and the wrapping public key (DER SubjectPublicKeyInfo).</summary>
    public (byte[] Token, byte[] PublicKey, DateTimeOffset ValidTo) Issue(KeyArn key, string wrappingAlgorithm, WrappingKeyPair pair, DateTimeOffset now)
    {
        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var name = Convert.ToBase64String(token);
        var validTo = now + Lifetime;
        lock (_gate)
        {
            RemoveExpired(now);
            if (!_tokensByKey.TryGetValue(key, out var tokens))
            {
                _tokensByKey[key] = tokens = new Queue<string>();
            }

            while (tokens.Count >= MaxLivePerKey)
            {
                _sessions.Remove(tokens.Dequeue());
            }

            tokens.Enqueue(name);
            _sessions[name] = new ImportSession(key, wrappingAlgorithm, pair.PrivateKey, validTo);
        }

        return (token, pair.PublicKey, validTo);
    }

    public ImportSession? Find(byte[] token)
    {
        var name = Convert.ToBase64String(token);
        lock (_gate)
        {
            return _sessions.TryGetValue(name, out var session) ? session : null;
        }
    }

    /// <summary>The number of sessions kept, for tests.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    // Expired sessions go when the next one is issued, with the queues they leave empty.
    private void RemoveExpired(DateTimeOffset now)
    {
        List<KeyArn>? emptied = null;
        foreach (var (key, tokens) in _tokensByKey)
        {
            var kept = new Queue<string>(tokens.Count);
            foreach (var name in tokens)
            {
                if (_sessions.TryGetValue(name, out var session) && session.ValidTo > now)
                {
                    kept.Enqueue(name);
                }
                else
                {
                    _sessions.Remove(name);
                }
            }

            if (kept.Count == 0)
            {
                (emptied ??= []).Add(key);
            }
            else if (kept.Count != tokens.Count)
            {
                tokens.Clear();
                foreach (var name in kept)
                {
                    tokens.Enqueue(name);
                }
            }
        }

        foreach (var key in emptied ?? [])
        {
            _tokensByKey.Remove(key);
        }
    }
}
