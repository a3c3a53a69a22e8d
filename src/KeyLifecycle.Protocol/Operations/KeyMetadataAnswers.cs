using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using KeyLifecycle.Protocol.Model;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>The <c>{"KeyMetadata": ...}</c> answers of DescribeKey, CreateKey and ReplicateKey, remembered for the records described last.</summary>
/// <remarks>
/// The answer is a function of the key's record and its custom key store's record alone (no member depends on the time
/// of the request), and records are immutable: a change to a key is a new record. So the bytes written for a record can
/// be sent again for as long as that record is current. They are kept in a small direct-mapped table by the records'
/// identity (a slot per hash; a miss serializes and takes the slot; it never grows), so describing a key that has not
/// changed since it was last described writes nothing, and memory stays bounded whatever the number of keys.
/// </remarks>
internal static class KeyMetadataAnswers
{
    private const int Slots = 4096;

    private static readonly Answer?[] s_answers = new Answer?[Slots];

    /// <summary>Returns the answer describing <paramref name="key"/> in <paramref name="store"/>.</summary>
    public static KmsResult For(KmsKey key, KmsCustomKeyStore? store)
    {
        var slot = RuntimeHelpers.GetHashCode(key) & (Slots - 1);
        if (Volatile.Read(ref s_answers[slot]) is { } remembered && ReferenceEquals(remembered.Key, key) && ReferenceEquals(remembered.Store, store))
        {
            return KmsResult.Serialized(remembered.Json);
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(
            new KeyMetadataResponse { KeyMetadata = KeyMetadataModel.From(key, store is null ? null : new KeyStoreDetails(store.CloudHsmClusterId)) },
            KmsJsonContext.Default.KeyMetadataResponse);
        Volatile.Write(ref s_answers[slot], new Answer(key, store, json));
        return KmsResult.Serialized(json);
    }

    private sealed record Answer(KmsKey Key, KmsCustomKeyStore? Store, byte[] Json);
}
