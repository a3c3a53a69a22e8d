using System;
using System.Globalization;
using System.IO;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;
using KeyLifecycle.Snapshots;

namespace KeyLifecycle.Protocol.Storage;

/// <summary>The JSON form of each record an <see cref="IKmsKeyStore"/> keeps, for durable stores: what they write is read back exactly.</summary>
/// <remarks>
/// <para>
/// One UTF-8 JSON document per record, with a format version (<c>"v": 1</c>), enumerations in their AWS wire spelling and
/// identifiers as the service writes them. Keys go through <see cref="KmsKey.ToSnapshot"/> and
/// <see cref="KmsKey.FromSnapshot"/>, so a document is checked as the domain checks a snapshot; key policies are their
/// own text. Secret material is written as base64, so a store's file holds key material in the clear, as the
/// in-memory store's process does.
/// </para>
/// <para>
/// Every reader throws <see cref="InvalidDataException"/>, naming what is wrong, for a document it did not write: another
/// format version, a member missing or of the wrong type, an identifier or wire name the service would not accept, or
/// facts that no key has. A store meets one only when its data was changed outside it.
/// </para>
/// </remarks>
public static class KmsRecordJson
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The document, UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    public static byte[] WriteKey(KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var s = key.ToSnapshot();
        return JsonSerializer.SerializeToUtf8Bytes(
            new KeyDocument
            {
                V = FormatVersion,
                Arn = s.Arn.ToString(),
                CreationDate = s.CreationDate,
                Description = s.Description,
                KeyUsage = s.KeyUsage.ToWireName(),
                KeySpec = s.KeySpec.ToWireName(),
                Origin = s.Origin.ToWireName(),
                KeyManager = s.KeyManager.ToWireName(),
                State = s.State.ToWireName(),
                DeletionDate = s.DeletionDate,
                PendingDeletionWindowInDays = s.PendingDeletionWindowInDays,
                MultiRegionKeyType = s.MultiRegionKeyType?.ToWireName(),
                PrimaryKey = s.PrimaryKey?.ToString(),
                ReplicaKeys = s.ReplicaKeys.Count == 0 ? null : [.. s.ReplicaKeys.Select(arn => arn.ToString())],
                CustomKeyStoreId = s.CustomKeyStoreId,
                HasKeyMaterial = s.HasKeyMaterial,
                ExpirationModel = s.ExpirationModel?.ToWireName(),
                ValidTo = s.ValidTo,
                KeyRotationEnabled = s.KeyRotationEnabled,
                RotationPeriodInDays = s.RotationPeriodInDays,
                NextRotationDate = s.NextRotationDate,
                Rotations = s.Rotations.Count == 0 ? null
                    : [.. s.Rotations.Select(r => new RotationDocument { KeyMaterialId = r.KeyMaterialId.ToString(), RotationDate = r.RotationDate, RotationType = r.RotationType.ToWireName() })],
                ImportedMaterials = s.ImportedMaterials.Count == 0 ? null : [.. s.ImportedMaterials.Select(m => new ImportedMaterialDocument
                {
                    KeyMaterialId = m.KeyMaterialId.ToString(),
                    ImportState = m.ImportState == ImportState.Imported ? "IMPORTED" : "PENDING_IMPORT",
                    ExpirationModel = m.ExpirationModel?.ToWireName(),
                    ValidTo = m.ValidTo,
                    Description = m.Description,
                    PendingRotation = m.PendingRotation,
                })],
                Tags = s.Tags.Count == 0 ? null : [.. s.Tags.Select(t => new TagDocument { Key = t.TagKey, Value = t.TagValue })],
                StateWhenAvailable = s.StateWhenAvailable?.ToWireName(),
                UpdateStartedAt = s.UpdateStartedAt,
            },
            RecordJsonContext.Default.KeyDocument);
    }

    /// <summary>Reads a key that <see cref="WriteKey"/> wrote.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The key, equal to the one written.</returns>
    /// <exception cref="InvalidDataException">The document is not one this library writes, or describes no key.</exception>
    public static KmsKey ReadKey(ReadOnlySpan<byte> utf8)
    {
        var d = Deserialize(utf8, RecordJsonContext.Default.KeyDocument, "key", static d => d.V);
        var snapshot = new KmsKeySnapshot
        {
            Arn = Parse<KeyArn>(d.Arn, "arn"),
            CreationDate = d.CreationDate,
            Description = d.Description ?? throw Invalid("key", "description is null"),
            KeyUsage = Wire<KeyUsage>(d.KeyUsage, KmsWireNames.TryParseKeyUsage, "keyUsage"),
            KeySpec = Wire<KeySpec>(d.KeySpec, KmsWireNames.TryParseKeySpec, "keySpec"),
            Origin = Wire<KeyOrigin>(d.Origin, KmsWireNames.TryParseKeyOrigin, "origin"),
            KeyManager = Wire<KeyManager>(d.KeyManager, KmsWireNames.TryParseKeyManager, "keyManager"),
            State = Wire<KeyState>(d.State, KmsWireNames.TryParseKeyState, "state"),
            DeletionDate = d.DeletionDate,
            PendingDeletionWindowInDays = d.PendingDeletionWindowInDays,
            MultiRegionKeyType = d.MultiRegionKeyType is null ? null : Wire<MultiRegionKeyType>(d.MultiRegionKeyType, KmsWireNames.TryParseMultiRegionKeyType, "multiRegionKeyType"),
            PrimaryKey = d.PrimaryKey is null ? null : Parse<KeyArn>(d.PrimaryKey, "primaryKey"),
            ReplicaKeys = d.ReplicaKeys is null ? [] : [.. d.ReplicaKeys.Select(arn => Parse<KeyArn>(arn, "replicaKeys"))],
            CustomKeyStoreId = d.CustomKeyStoreId,
            HasKeyMaterial = d.HasKeyMaterial,
            ExpirationModel = d.ExpirationModel is null ? null : Wire<ExpirationModel>(d.ExpirationModel, KmsWireNames.TryParseExpirationModel, "expirationModel"),
            ValidTo = d.ValidTo,
            KeyRotationEnabled = d.KeyRotationEnabled,
            RotationPeriodInDays = d.RotationPeriodInDays,
            NextRotationDate = d.NextRotationDate,
            Rotations = d.Rotations is null ? [] : [.. d.Rotations.Select(r => new KeyRotation(
                MaterialId(r?.KeyMaterialId, "rotations"),
                r!.RotationDate,
                r.RotationType switch
                {
                    "AUTOMATIC" => RotationType.Automatic,
                    "ON_DEMAND" => RotationType.OnDemand,
                    _ => throw Invalid("key", $"rotationType '{r.RotationType}' is not AUTOMATIC or ON_DEMAND"),
                }))],
            ImportedMaterials = d.ImportedMaterials is null ? [] : [.. d.ImportedMaterials.Select(m => new ImportedKeyMaterial(
                MaterialId(m?.KeyMaterialId, "importedMaterials"),
                m!.ImportState switch
                {
                    "IMPORTED" => ImportState.Imported,
                    "PENDING_IMPORT" => ImportState.PendingImport,
                    _ => throw Invalid("key", $"importState '{m.ImportState}' is not IMPORTED or PENDING_IMPORT"),
                },
                m.ExpirationModel is null ? null : Wire<ExpirationModel>(m.ExpirationModel, KmsWireNames.TryParseExpirationModel, "importedMaterials.expirationModel"),
                m.ValidTo,
                m.Description,
                m.PendingRotation))],
            Tags = d.Tags is null ? [] : [.. d.Tags.Select(t => new KeyTag(t?.Key!, t?.Value!))],
            StateWhenAvailable = d.StateWhenAvailable is null ? null : Wire<KeyState>(d.StateWhenAvailable, KmsWireNames.TryParseKeyState, "stateWhenAvailable"),
            UpdateStartedAt = d.UpdateStartedAt,
        };

        return KmsKey.FromSnapshot(snapshot).Match(key => key, rejected => throw Invalid("key", rejected.Reason));
    }

    /// <summary>Writes a key's secret material.</summary>
    /// <param name="record">The material.</param>
    /// <returns>The document, UTF-8; the bytes are in it as base64.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
    public static byte[] WriteKeyMaterial(KeyMaterialRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.SerializeToUtf8Bytes(
            new MaterialDocument
            {
                V = FormatVersion,
                Arn = record.Arn.ToString(),
                CurrentId = record.CurrentId.ToString(),
                Versions = [.. record.Versions.Select(v => new MaterialVersionDocument { Id = v.Id.ToString(), Material = v.Material.ToArray() })],
            },
            RecordJsonContext.Default.MaterialDocument);
    }

    /// <summary>Reads a key's secret material that <see cref="WriteKeyMaterial"/> wrote.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The material, equal version by version to what was written.</returns>
    /// <exception cref="InvalidDataException">The document is not one this library writes.</exception>
    public static KeyMaterialRecord ReadKeyMaterial(ReadOnlySpan<byte> utf8)
    {
        var d = Deserialize(utf8, RecordJsonContext.Default.MaterialDocument, "key material", static d => d.V);
        var versions = (d.Versions ?? throw Invalid("key material", "versions is missing"))
            .Select(v => new StoredKeyMaterial(MaterialId(v?.Id, "versions"), v!.Material ?? throw Invalid("key material", "a version has no material")))
            .ToList();
        try
        {
            return new KeyMaterialRecord(Parse<KeyArn>(d.Arn, "arn"), MaterialId(d.CurrentId, "currentId"), versions);
        }
        catch (ArgumentException e)
        {
            throw Invalid("key material", e.Message);
        }
    }

    /// <summary>Writes a key policy: its text, as <c>GetKeyPolicy</c> returns it.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The text, UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    public static byte[] WriteKeyPolicy(KeyPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return System.Text.Encoding.UTF8.GetBytes(policy.Text);
    }

    /// <summary>Reads a key policy that <see cref="WriteKeyPolicy"/> wrote, parsing it as <c>PutKeyPolicy</c> does.</summary>
    /// <param name="utf8">The text.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidDataException">The text is not a key policy.</exception>
    public static KeyPolicy ReadKeyPolicy(ReadOnlySpan<byte> utf8) =>
        KeyPolicy.Parse(System.Text.Encoding.UTF8.GetString(utf8)).Match(policy => policy, malformed => throw Invalid("key policy", malformed.Message));

    /// <summary>Writes import parameters.</summary>
    /// <param name="session">The parameters.</param>
    /// <returns>The document, UTF-8; the wrapping private key is in it as base64.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is <see langword="null"/>.</exception>
    public static byte[] WriteImportSession(ImportSessionRecord session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return JsonSerializer.SerializeToUtf8Bytes(
            new ImportSessionDocument
            {
                V = FormatVersion,
                KeyArn = session.KeyArn.ToString(),
                TokenId = session.TokenId,
                WrappingAlgorithm = session.WrappingAlgorithm,
                WrappingPrivateKey = session.WrappingPrivateKey.ToArray(),
                IssuedAt = session.IssuedAt,
                ValidTo = session.ValidTo,
            },
            RecordJsonContext.Default.ImportSessionDocument);
    }

    /// <summary>Reads import parameters that <see cref="WriteImportSession"/> wrote.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The parameters, member by member equal to those written.</returns>
    /// <exception cref="InvalidDataException">The document is not one this library writes.</exception>
    public static ImportSessionRecord ReadImportSession(ReadOnlySpan<byte> utf8)
    {
        var d = Deserialize(utf8, RecordJsonContext.Default.ImportSessionDocument, "import parameters", static d => d.V);
        try
        {
            return new ImportSessionRecord(Parse<KeyArn>(d.KeyArn, "keyArn"), d.TokenId, d.WrappingAlgorithm, d.WrappingPrivateKey, d.IssuedAt, d.ValidTo);
        }
        catch (ArgumentException e)
        {
            throw Invalid("import parameters", e.Message);
        }
    }

    /// <summary>Writes a grant.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The document, UTF-8; operations in their wire spelling, principals as ARNs (or service names).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grant"/> is <see langword="null"/>.</exception>
    public static byte[] WriteGrant(KmsGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return JsonSerializer.SerializeToUtf8Bytes(
            new GrantDocument
            {
                V = FormatVersion,
                GrantId = grant.GrantId,
                GrantTokens = [.. grant.GrantTokens],
                KeyArn = grant.KeyArn.ToString(),
                GranteePrincipal = grant.GranteePrincipal.ToString(),
                RetiringPrincipal = grant.RetiringPrincipal?.ToString(),
                Operations = [.. grant.Operations.Select(operation => operation.ToWireName())],
                EncryptionContextEquals = grant.Constraints is { IsEquals: true } equals ? new Dictionary<string, string>(equals.Pairs, StringComparer.Ordinal) : null,
                EncryptionContextSubset = grant.Constraints is { IsEquals: false } subset ? new Dictionary<string, string>(subset.Pairs, StringComparer.Ordinal) : null,
                Name = grant.Name,
                CreationDate = grant.CreationDate,
                IssuingAccount = grant.IssuingAccount.ToString(),
            },
            RecordJsonContext.Default.GrantDocument);
    }

    /// <summary>Reads a grant that <see cref="WriteGrant"/> wrote, checked by <see cref="KmsGrant.FromSnapshot"/>.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The grant, member by member equal to the one written.</returns>
    /// <exception cref="InvalidDataException">The document is not one this library writes.</exception>
    public static KmsGrant ReadGrant(ReadOnlySpan<byte> utf8)
    {
        var d = Deserialize(utf8, RecordJsonContext.Default.GrantDocument, "grant", static d => d.V);
        if (d.EncryptionContextEquals is not null && d.EncryptionContextSubset is not null)
        {
            throw Invalid("grant", "it has both encryptionContextEquals and encryptionContextSubset");
        }

        var operations = new List<GrantOperation>();
        foreach (var wire in d.Operations ?? [])
        {
            operations.Add(GrantOperations.TryParse(wire, out var operation) ? operation : throw Invalid("grant", $"operation '{wire}' is not a grant operation"));
        }

        var constraints = d.EncryptionContextEquals is { } equals ? GrantConstraints.EncryptionContextEquals(equals)
            : d.EncryptionContextSubset is { } subset ? GrantConstraints.EncryptionContextSubset(subset)
            : null;
        return KmsGrant.FromSnapshot(
                d.GrantId,
                d.GrantTokens ?? [],
                Parse<KeyArn>(d.KeyArn, "keyArn"),
                Principal(d.GranteePrincipal, "granteePrincipal"),
                d.RetiringPrincipal is null ? null : Principal(d.RetiringPrincipal, "retiringPrincipal"),
                operations,
                constraints,
                d.Name,
                d.CreationDate,
                Principal(d.IssuingAccount, "issuingAccount"))
            .Match(grant => grant, rejected => throw Invalid("grant", rejected.Reason));
    }

    /// <summary>Writes an alias.</summary>
    /// <param name="alias">The alias.</param>
    /// <returns>The document, UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alias"/> is <see langword="null"/>.</exception>
    public static byte[] WriteAlias(KmsAlias alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return JsonSerializer.SerializeToUtf8Bytes(
            new AliasDocument
            {
                V = FormatVersion,
                Arn = alias.Arn.ToString(),
                TargetKeyId = alias.TargetKeyId.ToString(),
                CreationDate = alias.CreationDate,
                LastUpdatedDate = alias.LastUpdatedDate,
            },
            RecordJsonContext.Default.AliasDocument);
    }

    /// <summary>Reads an alias that <see cref="WriteAlias"/> wrote.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The alias, equal to the one written.</returns>
    /// <exception cref="InvalidDataException">The document is not one this library writes.</exception>
    public static KmsAlias ReadAlias(ReadOnlySpan<byte> utf8)
    {
        var d = Deserialize(utf8, RecordJsonContext.Default.AliasDocument, "alias", static d => d.V);
        return KmsAlias.FromSnapshot(Parse<AliasArn>(d.Arn, "arn"), Parse<KeyId>(d.TargetKeyId, "targetKeyId"), d.CreationDate, d.LastUpdatedDate)
            .Match(alias => alias, rejected => throw Invalid("alias", rejected.Reason));
    }

    /// <summary>Writes a custom key store.</summary>
    /// <param name="store">The custom key store.</param>
    /// <returns>The document, UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is <see langword="null"/>.</exception>
    public static byte[] WriteCustomKeyStore(KmsCustomKeyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return JsonSerializer.SerializeToUtf8Bytes(
            new CustomKeyStoreDocument
            {
                V = FormatVersion,
                Id = store.Id,
                AccountId = store.AccountId.ToString(),
                Region = store.Region.ToString(),
                Name = store.Name,
                StoreType = store.StoreType == CustomKeyStoreType.AwsCloudHsm ? "AWS_CLOUDHSM" : "EXTERNAL_KEY_STORE",
                ConnectionState = store.ConnectionState == CustomKeyStoreConnectionState.Connected ? "CONNECTED" : "DISCONNECTED",
                CreationDate = store.CreationDate,
                CloudHsmClusterId = store.CloudHsmClusterId,
                TrustAnchorCertificate = store.TrustAnchorCertificate,
                XksProxyUriEndpoint = store.XksProxyUriEndpoint,
                XksProxyUriPath = store.XksProxyUriPath,
                XksProxyConnectivity = store.XksProxyConnectivity,
                XksProxyVpcEndpointServiceName = store.XksProxyVpcEndpointServiceName,
                XksProxyAccessKeyId = store.XksProxyAccessKeyId,
            },
            RecordJsonContext.Default.CustomKeyStoreDocument);
    }

    /// <summary>Reads a custom key store that <see cref="WriteCustomKeyStore"/> wrote.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The custom key store, equal to the one written.</returns>
    /// <exception cref="InvalidDataException">The document is not one this library writes.</exception>
    public static KmsCustomKeyStore ReadCustomKeyStore(ReadOnlySpan<byte> utf8)
    {
        var d = Deserialize(utf8, RecordJsonContext.Default.CustomKeyStoreDocument, "custom key store", static d => d.V);
        return new KmsCustomKeyStore
        {
            Id = string.IsNullOrEmpty(d.Id) ? throw Invalid("custom key store", "id is missing") : d.Id,
            AccountId = Parse<AwsAccountId>(d.AccountId, "accountId"),
            Region = Parse<AwsRegion>(d.Region, "region"),
            Name = d.Name ?? throw Invalid("custom key store", "name is missing"),
            StoreType = d.StoreType switch
            {
                "AWS_CLOUDHSM" => CustomKeyStoreType.AwsCloudHsm,
                "EXTERNAL_KEY_STORE" => CustomKeyStoreType.ExternalKeyStore,
                _ => throw Invalid("custom key store", $"storeType '{d.StoreType}' is not AWS_CLOUDHSM or EXTERNAL_KEY_STORE"),
            },
            ConnectionState = d.ConnectionState switch
            {
                "CONNECTED" => CustomKeyStoreConnectionState.Connected,
                "DISCONNECTED" => CustomKeyStoreConnectionState.Disconnected,
                _ => throw Invalid("custom key store", $"connectionState '{d.ConnectionState}' is not CONNECTED or DISCONNECTED"),
            },
            CreationDate = d.CreationDate,
            CloudHsmClusterId = d.CloudHsmClusterId,
            TrustAnchorCertificate = d.TrustAnchorCertificate,
            XksProxyUriEndpoint = d.XksProxyUriEndpoint,
            XksProxyUriPath = d.XksProxyUriPath,
            XksProxyConnectivity = d.XksProxyConnectivity,
            XksProxyVpcEndpointServiceName = d.XksProxyVpcEndpointServiceName,
            XksProxyAccessKeyId = d.XksProxyAccessKeyId,
        };
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> utf8, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string what, Func<T, int> version)
        where T : class
    {
        T? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, info);
        }
        catch (JsonException e)
        {
            throw Invalid(what, e.Message);
        }

        if (document is null)
        {
            throw Invalid(what, "the document is null");
        }

        return version(document) == FormatVersion ? document : throw Invalid(what, $"format version {version(document)}, not {FormatVersion}");
    }

    private static T Parse<T>(string? text, string member)
        where T : struct, IParsable<T> =>
        T.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw new InvalidDataException($"A stored record's {member} '{text}' is not a valid {typeof(T).Name}.");

    private static KmsPrincipal Principal(string? text, string member) =>
        KmsPrincipal.TryParse(text, out var principal) ? principal : throw new InvalidDataException($"A stored grant's {member} '{text}' is not a principal ARN or a service principal name.");

    private delegate bool WireParser<T>(string? text, out T value);

    private static T Wire<T>(string? text, WireParser<T> parse, string member) =>
        parse(text, out var value) ? value : throw new InvalidDataException($"A stored key's {member} '{text}' is not a wire name the service uses.");

    private static KeyMaterialId MaterialId(string? text, string member) =>
        KeyMaterialId.TryParse(text, out var id) ? id : throw new InvalidDataException($"A stored record's {member} has the key material ID '{text}', which is not 64 hexadecimal digits.");

    private static InvalidDataException Invalid(string what, string reason) => new($"A stored {what} cannot be read: {reason}");
}
