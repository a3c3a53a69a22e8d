using System;
using System.Security.Cryptography;
using System.Text;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Testing;

public static partial class KmsGen
{
    private static readonly DateTimeOffset s_earliest = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Every (origin, state) a customer managed key can be in, and how it gets there (the specification's section 1).
    private static readonly (KeyOrigin Origin, KeyState State)[] s_originStates =
    [
        (KeyOrigin.AwsKms, KeyState.Enabled), (KeyOrigin.AwsKms, KeyState.Disabled), (KeyOrigin.AwsKms, KeyState.PendingDeletion),
        (KeyOrigin.AwsKms, KeyState.PendingReplicaDeletion), (KeyOrigin.AwsKms, KeyState.Creating), (KeyOrigin.AwsKms, KeyState.Updating),
        (KeyOrigin.External, KeyState.PendingImport), (KeyOrigin.External, KeyState.Enabled), (KeyOrigin.External, KeyState.Disabled),
        (KeyOrigin.External, KeyState.PendingDeletion), (KeyOrigin.External, KeyState.PendingReplicaDeletion),
        (KeyOrigin.External, KeyState.Creating), (KeyOrigin.External, KeyState.Updating),
        (KeyOrigin.AwsCloudHsm, KeyState.Enabled), (KeyOrigin.AwsCloudHsm, KeyState.Disabled),
        (KeyOrigin.AwsCloudHsm, KeyState.PendingDeletion), (KeyOrigin.AwsCloudHsm, KeyState.Unavailable),
        (KeyOrigin.ExternalKeyStore, KeyState.Enabled), (KeyOrigin.ExternalKeyStore, KeyState.Disabled),
        (KeyOrigin.ExternalKeyStore, KeyState.PendingDeletion), (KeyOrigin.ExternalKeyStore, KeyState.Unavailable),
    ];

    /// <summary>Gets every combination of origin and state a customer managed key can be in, in the order of <see cref="KeyOrigin"/>.</summary>
    /// <remarks>
    /// <see cref="KeyState.PendingImport"/> is for origin <c>EXTERNAL</c> only; <see cref="KeyState.Unavailable"/> for keys in
    /// custom key stores only; <see cref="KeyState.Creating"/>, <see cref="KeyState.Updating"/> and
    /// <see cref="KeyState.PendingReplicaDeletion"/> for multi-Region keys, which custom key stores cannot hold.
    /// </remarks>
    public static IReadOnlyList<(KeyOrigin Origin, KeyState State)> OriginStates { get; } = Array.AsReadOnly(s_originStates);

    /// <summary>Gets points in time between 2015 and 2035, whole seconds, UTC.</summary>
    public static Gen<DateTimeOffset> Times =>
        Gen.Choose(0, 20 * 365 * 24 * 60).Select(minutes => s_earliest.AddMinutes(minutes));

    /// <summary>Gets key specs with a usage each allows, excluding <c>SM2</c> (China Regions only).</summary>
    public static Gen<(KeySpec Spec, KeyUsage Usage)> SpecsAndUsages => SpecsAndUsagesFor(AwsPartition.Aws);

    /// <summary>Gets <c>CreateKey</c> requests the service accepts from a caller in any partition: every origin, spec, usage and multi-Region choice that goes together.</summary>
    /// <remarks>
    /// Requests for origins <c>AWS_CLOUDHSM</c> and <c>EXTERNAL_KEY_STORE</c> name a custom key store ID; whether it exists is the
    /// host's concern, not the request's. <c>SM2</c>, valid only in the China Regions, is left out; see <see cref="KeyCreationRequestsFor(KmsCaller)"/>.
    /// </remarks>
    public static Gen<KeyCreationRequest> KeyCreationRequests => CreationRequests(AwsPartition.Aws, KeyManager.Customer);

    /// <summary>Gets keys of every origin in every state they can be in (<see cref="OriginStates"/>), with now and then an AWS managed key.</summary>
    public static Gen<KmsKey> Keys =>
        Gen.Frequency(
            (20, Gen.Elements(s_originStates).SelectMany(pair => KeysIn(pair.Origin, pair.State))),
            (1, AwsManagedKeys));

    /// <summary>Gets AWS managed keys, which are always enabled.</summary>
    public static Gen<KmsKey> AwsManagedKeys =>
        from caller in Callers
        from request in CreationRequests(caller.Partition, KeyManager.Aws, KeyOrigin.AwsKms, multiRegion: false)
        from id in Uuids
        from created in Times
        select Build(new KeyRecipe(caller, request, id, created, KeyState.Enabled, default));

    /// <summary>Returns <c>CreateKey</c> requests the service accepts from <paramref name="caller"/>, <c>SM2</c> keys included in the China Regions.</summary>
    /// <param name="caller">The caller.</param>
    /// <returns>A generator of valid requests.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caller"/> is <see langword="null"/>.</exception>
    public static Gen<KeyCreationRequest> KeyCreationRequestsFor(KmsCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return CreationRequests(caller.Partition, KeyManager.Customer);
    }

    /// <summary>Returns keys in <paramref name="state"/>, of every origin that can be in it.</summary>
    /// <param name="state">The state.</param>
    /// <returns>A generator of keys in that state.</returns>
    public static Gen<KmsKey> KeysIn(KeyState state)
    {
        var origins = s_originStates.Where(pair => pair.State == state).Select(pair => pair.Origin).ToArray();
        return origins.Length == 0
            ? throw new ArgumentOutOfRangeException(nameof(state), state, "No key can be in this state.")
            : Gen.Elements(origins).SelectMany(origin => KeysIn(origin, state));
    }

    /// <summary>Returns keys with <paramref name="origin"/> in <paramref name="state"/>, reached from <c>CreateKey</c> by the transitions the service applies.</summary>
    /// <param name="origin">The key's origin.</param>
    /// <param name="state">The state; one <see cref="OriginStates"/> pairs with <paramref name="origin"/>.</param>
    /// <returns>A generator of such keys, with random identity, spec, description and dates.</returns>
    /// <exception cref="ArgumentException">No key with that origin can be in that state.</exception>
    /// <remarks>
    /// The paths: <see cref="KeyTransitions.DisableKey"/> for Disabled; <see cref="KeyTransitions.ScheduleKeyDeletion"/>
    /// for PendingDeletion; <c>CreateKey</c> with origin <c>EXTERNAL</c> (or <see cref="KeyTransitions.DeleteImportedKeyMaterial(KmsKey)"/>)
    /// for PendingImport; <see cref="KeyTransitions.KeyStoreDisconnected"/> for Unavailable; <see cref="KeyTransitions.ReplicateKey"/>
    /// for Creating (the replica); <see cref="KeyTransitions.UpdatePrimaryRegion"/> for Updating (either key);
    /// <see cref="KeyTransitions.ScheduleKeyDeletion"/> of a primary key with a replica for PendingReplicaDeletion.
    /// Keys with origin <c>EXTERNAL</c> get their material by <see cref="KeyTransitions.ImportKeyMaterial"/> before leaving PendingImport.
    /// </remarks>
    public static Gen<KmsKey> KeysIn(KeyOrigin origin, KeyState state)
    {
        if (!s_originStates.Contains((origin, state)))
        {
            throw new ArgumentException($"No key with origin {origin} can be in {state}.", nameof(state));
        }

        bool? multiRegion = state is KeyState.Creating or KeyState.Updating or KeyState.PendingReplicaDeletion ? true : null;
        return from caller in Callers
               from request in CreationRequests(caller.Partition, KeyManager.Customer, origin, multiRegion)
               from id in Uuids
               from created in Times
               from path in KeyPathChoices
               select Build(new KeyRecipe(caller, request, id, created, state, path));
    }

    /// <summary>Returns simpler keys than <paramref name="key"/>, for FsCheck to try when a property fails: fewer tags, no description, single-Region, the plain spec, Enabled, origin <c>AWS_KMS</c>, the shorter path.</summary>
    /// <param name="key">A key made by these generators; keys made elsewhere have no simpler versions.</param>
    /// <returns>Keys built the way the generators build them, each one step simpler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static IEnumerable<KmsKey> ShrinkKey(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return s_recipes.TryGetValue(key, out var recipe) ? Simpler(recipe).Select(Build) : [];
    }

    /// <summary>Returns simpler <c>CreateKey</c> requests than <paramref name="request"/>: fewer tags, no description, single-Region, the plain spec, origin <c>AWS_KMS</c>.</summary>
    /// <param name="request">A valid request.</param>
    /// <returns>Valid requests, each one step simpler.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static IEnumerable<KeyCreationRequest> ShrinkKeyCreationRequest(KeyCreationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SimplerRequests(request, keepMultiRegion: false, keepOrigin: false);
    }

    // Remembers how each generated key was made, so that it can be made again more simply. Weak: a key no longer held
    // frees its recipe.
    private static readonly ConditionalWeakTable<KmsKey, KeyRecipe> s_recipes = new();

    private static KmsKey Build(KeyRecipe recipe)
    {
        var created = Expect(KmsKey.Create(recipe.Request, recipe.Id, recipe.Caller, recipe.Created).ToOutcome(), "CreateKey");
        var key = recipe.Request.KeyManager == KeyManager.Aws ? created : Reach(created, recipe.State, recipe.Path, recipe.Created);
        s_recipes.AddOrUpdate(key, recipe);
        return key;
    }

    private static IEnumerable<KeyRecipe> Simpler(KeyRecipe recipe)
    {
        var needsMultiRegion = recipe.State is KeyState.Creating or KeyState.Updating or KeyState.PendingReplicaDeletion;
        foreach (var request in SimplerRequests(recipe.Request, keepMultiRegion: needsMultiRegion, keepOrigin: !s_originStates.Contains((KeyOrigin.AwsKms, recipe.State))))
        {
            yield return recipe with { Request = request, Path = request.MultiRegion ? recipe.Path : recipe.Path with { UseReplica = false } };
        }

        if (recipe.State != KeyState.Enabled && recipe.Request.KeyManager == KeyManager.Customer)
        {
            yield return recipe with { State = KeyState.Enabled };
        }

        if (recipe.Path.Detour || recipe.Path.UseReplica)
        {
            yield return recipe with { Path = recipe.Path with { Detour = false, UseReplica = false } };
        }

        if (recipe.Path.Window > KeyTransitions.MinPendingWindowInDays || recipe.Path.Elapsed > TimeSpan.FromMinutes(1) || recipe.Path.RegionChoice > 0)
        {
            yield return recipe with { Path = recipe.Path with { Window = KeyTransitions.MinPendingWindowInDays, Elapsed = TimeSpan.FromMinutes(1), RegionChoice = 0 } };
        }
    }

    private static IEnumerable<KeyCreationRequest> SimplerRequests(KeyCreationRequest request, bool keepMultiRegion, bool keepOrigin)
    {
        if (request.Tags.Count > 0)
        {
            yield return request with { Tags = [] };
            for (var i = 0; i < request.Tags.Count && request.Tags.Count > 1; i++)
            {
                var removed = i;
                yield return request with { Tags = request.Tags.Where((_, at) => at != removed).ToArray() };
            }
        }

        if (request.Description is not null)
        {
            yield return request with { Description = null };
        }

        if (request.MultiRegion && !keepMultiRegion)
        {
            yield return request with { MultiRegion = false };
        }

        if (request.KeySpec != KeySpec.SymmetricDefault || request.KeyUsage is not null)
        {
            yield return request with { KeySpec = KeySpec.SymmetricDefault, KeyUsage = null };
        }

        if (request.Origin != KeyOrigin.AwsKms && !keepOrigin)
        {
            yield return request with { Origin = KeyOrigin.AwsKms, CustomKeyStoreId = null };
        }
    }

    // How a generated key was made: the CreateKey call, then the path to its state.
    private sealed record KeyRecipe(KmsCaller Caller, KeyCreationRequest Request, Guid Id, DateTimeOffset Created, KeyState State, KeyPath Path);

    private static Gen<(KeySpec Spec, KeyUsage Usage)> SpecsAndUsagesFor(AwsPartition partition)
    {
        var pairs = new List<(KeySpec, KeyUsage)>();
        foreach (var spec in Enum.GetValues<KeySpec>())
        {
            if (spec == KeySpec.Sm2 && partition != AwsPartition.AwsCn)
            {
                continue;
            }

            foreach (var usage in Enum.GetValues<KeyUsage>())
            {
                if (KeySpecs.Allows(spec, usage))
                {
                    pairs.Add((spec, usage));
                }
            }
        }

        // Symmetric encryption keys are what most code holds; give them a third of the draws.
        return Gen.Frequency((1, Gen.Constant((KeySpec.SymmetricDefault, KeyUsage.EncryptDecrypt))), (2, Gen.Elements(pairs.ToArray())));
    }

    private static Gen<KeyOrigin> Origins =>
        Gen.Frequency(
            (6, Gen.Constant(KeyOrigin.AwsKms)), (3, Gen.Constant(KeyOrigin.External)),
            (1, Gen.Constant(KeyOrigin.AwsCloudHsm)), (1, Gen.Constant(KeyOrigin.ExternalKeyStore)));

    private static Gen<KeyCreationRequest> CreationRequests(AwsPartition partition, KeyManager manager) =>
        Origins.SelectMany(origin => CreationRequests(partition, manager, origin, multiRegion: null));

    // multiRegion: null for either; custom key stores hold single-Region keys only, whatever is asked.
    private static Gen<KeyCreationRequest> CreationRequests(AwsPartition partition, KeyManager manager, KeyOrigin origin, bool? multiRegion)
    {
        var inKeyStore = origin is KeyOrigin.AwsCloudHsm or KeyOrigin.ExternalKeyStore;
        return from specAndUsage in inKeyStore ? Gen.Constant((KeySpec.SymmetricDefault, KeyUsage.EncryptDecrypt)) : SpecsAndUsagesFor(partition)
               from defaultUsage in Gen.Elements(true, false)
               from isMultiRegion in inKeyStore ? Gen.Constant(false) : multiRegion is { } fixedChoice ? Gen.Constant(fixedChoice) : Gen.Elements(true, false)
               from keyStore in TextOf(LowerHex, 17, 17).Select(hex => "cks-" + hex)
               from description in Descriptions
               from tags in Tags
               select new KeyCreationRequest
               {
                   Origin = origin,
                   KeySpec = specAndUsage.Item1,
                   // KeyUsage may be left out only for symmetric encryption keys, whose usage it then defaults to.
                   KeyUsage = defaultUsage && specAndUsage.Item1 == KeySpec.SymmetricDefault ? null : specAndUsage.Item2,
                   MultiRegion = isMultiRegion,
                   CustomKeyStoreId = inKeyStore ? keyStore : null,
                   KeyManager = manager,
                   Description = description,
                   Tags = tags,
               };
    }

    private static Gen<string?> Descriptions =>
        Gen.Frequency(
            (3, Gen.Constant<string?>(null)),
            (3, TextOf("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-_/", 0, 80).Select(text => (string?)text)),
            (1, Gen.Elements<string?>(string.Empty, "Key for Ülrich's données ✓", new string('d', KeyTransitions.MaxDescriptionLength))));

    private static Gen<IReadOnlyList<KeyTag>> Tags =>
        Gen.Frequency(
            (3, Gen.Constant<IReadOnlyList<KeyTag>>([])),
            (1, Gen.Choose(1, 4).SelectMany(count =>
                    Gen.ArrayOf(
                        from key in TextOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-=._:/@", 1, 20)
                        where !key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)
                        from value in TextOf("abcdefghijklmnopqrstuvwxyz0123456789 ", 0, 20)
                        select new KeyTag(key, value),
                        count))
                .Select(tags => (IReadOnlyList<KeyTag>)tags.DistinctBy(tag => tag.TagKey, StringComparer.Ordinal).ToArray())));

    // The random choices along a key's path: whether to take the longer way round, the deletion window, a Region index.
    private static Gen<KeyPath> KeyPathChoices =>
        from detour in Gen.Elements(true, false)
        from useReplica in Gen.Elements(true, false)
        from window in Gen.Choose(KeyTransitions.MinPendingWindowInDays, KeyTransitions.MaxPendingWindowInDays)
        from regionChoice in Gen.Choose(0, 1000)
        from minutes in Gen.Choose(1, 60 * 24 * 90)
        select new KeyPath(detour, useReplica, window, regionChoice, TimeSpan.FromMinutes(minutes));

    private static KmsKey Reach(KmsKey created, KeyState state, KeyPath path, DateTimeOffset createdAt)
    {
        var now = createdAt + path.Elapsed;
        var key = created;

        // Keys with imported material leave PendingImport by an import; a detour deletes it again for PendingImport.
        if (key.Origin == KeyOrigin.External && (state != KeyState.PendingImport || path.Detour))
        {
            key = Expect(KeyTransitions.ImportKeyMaterial(key, LastingImportOf(key), now).ToOutcome(), "ImportKeyMaterial");
        }

        switch (state)
        {
            case KeyState.Enabled:
                return path.UseReplica && key.MultiRegion ? CompleteReplica(key, path, now) : key;
            case KeyState.Disabled:
                return Expect(KeyTransitions.DisableKey(path.UseReplica && key.MultiRegion ? CompleteReplica(key, path, now) : key).ToOutcome(), "DisableKey");
            case KeyState.PendingDeletion:
                key = path.UseReplica && key.MultiRegion ? CompleteReplica(key, path, now) : key;
                key = path.Detour ? Expect(KeyTransitions.DisableKey(key).ToOutcome(), "DisableKey") : key;
                return Expect(KeyTransitions.ScheduleKeyDeletion(key, path.Window, now).ToOutcome(), "ScheduleKeyDeletion");
            case KeyState.PendingImport:
                return path.Detour ? Expect(KeyTransitions.DeleteImportedKeyMaterial(key).ToOutcome(), "DeleteImportedKeyMaterial") : key;
            case KeyState.Unavailable:
                key = path.Detour ? Expect(KeyTransitions.DisableKey(key).ToOutcome(), "DisableKey") : key;
                return KeyTransitions.KeyStoreDisconnected(key);
            case KeyState.Creating:
                return Replicate(key, path, now).Replica;
            case KeyState.Updating:
                var replication = Replicate(key, path, now);
                var update = Expect(KeyTransitions.UpdatePrimaryRegion(replication.Primary, Ready(replication.Replica, now), now).ToOutcome(), "UpdatePrimaryRegion");
                return path.UseReplica ? update.NewPrimary : update.OldPrimary;
            case KeyState.PendingReplicaDeletion:
                return Expect(KeyTransitions.ScheduleKeyDeletion(Replicate(key, path, now).Primary, path.Window, now).ToOutcome(), "ScheduleKeyDeletion");
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined KeyState value.");
        }
    }

    private static Replication Replicate(KmsKey primary, KeyPath path, DateTimeOffset now) =>
        Expect(
            KeyTransitions.ReplicateKey(primary, PartitionRegions.Other(primary.Arn.Partition, primary.Region, path.RegionChoice), null, null, now).ToOutcome(),
            "ReplicateKey");

    private static KmsKey CompleteReplica(KmsKey primary, KeyPath path, DateTimeOffset now) => Ready(Replicate(primary, path, now).Replica, now);

    // A replica is created without key material when its primary's is imported; it gets its own import.
    private static KmsKey Ready(KmsKey replica, DateTimeOffset now)
    {
        var completed = KeyTransitions.CompleteReplication(replica);
        return completed.State == KeyState.PendingImport
            ? Expect(KeyTransitions.ImportKeyMaterial(completed, LastingImportOf(completed), now).ToOutcome(), "ImportKeyMaterial")
            : completed;
    }

    // Material that never expires, with an ID made from the key ID as a host makes one from the key ID and the bytes, so
    // related multi-Region keys import the same material.
    private static KeyMaterialImport LastingImportOf(KmsKey key) =>
        new(KeyMaterialId.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes("generated material of " + key.KeyId))), ExpirationModel.KeyMaterialDoesNotExpire, null);

    internal static T Expect<T>(KmsOutcome<T> result, string operation) =>
        result.TryPick(out var value, out var error) ? value : throw Unexpected(operation, error);

    private static InvalidOperationException Unexpected(string operation, IKmsError error) =>
        new($"The generator's path to a key failed at {operation}: {error.ErrorCode}: {error.Message}. This is a bug in KeyLifecycle.Testing or KeyLifecycle.");

    private readonly record struct KeyPath(bool Detour, bool UseReplica, int Window, int RegionChoice, TimeSpan Elapsed);
}
