using System;
using System.Text.Json;
using KeyLifecycle.Protocol.Storage;
using OneOf;

namespace KeyLifecycle.Protocol.Seeding;

/// <summary>
/// A seed file: the keys and aliases an endpoint starts with, declared with fixed key IDs and, when wanted, fixed key
/// material, so that data encrypted or signed yesterday still decrypts or verifies after a restart or on another machine.
/// </summary>
/// <remarks>
/// <para>The file is JSON (comments and trailing commas allowed); every member but the IDs and names is optional:</para>
/// <code language="json">
/// {
///   "version": 1,
///   "keys": [
///     {
///       "account": "111122223333",            // default: the endpoint's account
///       "region": "us-east-1",                // default: the endpoint's Region
///       "keyId": "1234abcd-12ab-34cd-56ef-1234567890ab",   // a UUID, or mrk- and 32 hex digits
///       "keySpec": "SYMMETRIC_DEFAULT",       // default SYMMETRIC_DEFAULT; keyUsage defaults as CreateKey's does
///       "keyUsage": "ENCRYPT_DECRYPT",
///       "origin": "AWS_KMS",                  // or EXTERNAL (imported material)
///       "description": "orders",
///       "creationDate": "2026-01-01T00:00:00Z",   // default: when the seed is applied
///       "state": "Enabled",                   // Enabled, Disabled, PendingImport, PendingDeletion, PendingReplicaDeletion
///       "deletionDate": "2027-01-01T00:00:00Z",   // PendingDeletion: when the key is deleted
///       "pendingWindowInDays": 30,
///       "tags": { "team": "payments" },
///       "rotationPeriodInDays": 365,          // automatic rotation on; "nextRotationDate" fixes its date
///       "policy": { "Version": "2012-10-17", "Statement": [ ... ] },   // or the policy as a string
///       "primaryRegion": "us-east-1",         // a multi-Region replica: the Region of its primary in this file
///       "material": [ { "key": "base64 bytes, or a PEM private key" } ]
///     }
///   ],
///   "aliases": [ { "aliasName": "alias/orders", "targetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab" } ]
/// }
/// </code>
/// <para>
/// <c>material</c> lists the key's material oldest first. The first is the key's own: 32 bytes for a symmetric key, the
/// HMAC key, or an RSA or EC private key (PKCS #8, PKCS #1 or SEC 1 DER in base64, or PEM); without it, fresh material
/// is generated, as <c>CreateKey</c> would. Each later one was made current by a rotation and names its
/// <c>keyMaterialId</c>, <c>rotationDate</c> and <c>rotationType</c> (<c>AUTOMATIC</c> or <c>ON_DEMAND</c>), so that
/// ciphertexts of earlier material still decrypt. For origin <c>EXTERNAL</c> each material is imported (with optional
/// <c>validTo</c> and <c>description</c>), and the last may lack a <c>rotationDate</c>, waiting for
/// <c>RotateKeyOnDemand</c>; a key without material is <c>PendingImport</c>.
/// </para>
/// <para>
/// The keys are made by the domain's transitions (<see cref="KmsKey.Create(KeyCreationRequest, Guid, KmsCaller, DateTimeOffset)"/>,
/// <see cref="KeyTransitions"/>), so a seed reaches only states the service allows, and the service's own refusals
/// name what does not fit. <see cref="ApplyTo"/> validates the whole seed before it changes anything, and never changes a
/// key or alias the store already has: one that matches the seed is left alone, so applying a seed twice changes nothing;
/// one that differs is a problem. <see cref="KmsSeedExport"/> writes a store as a seed.
/// </para>
/// </remarks>
public sealed class KmsSeed
{
    private readonly SeedDocument _document;

    private KmsSeed(SeedDocument document) => _document = document;

    /// <summary>The number of keys the seed declares.</summary>
    public int KeyCount => _document.Keys?.Count ?? 0;

    /// <summary>The number of aliases the seed declares.</summary>
    public int AliasCount => _document.Aliases?.Count ?? 0;

    /// <summary>Reads a seed file's text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The seed; or a refusal that names where the text is not JSON, or not a seed (an unknown member, a member of the wrong type).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static OneOf<KmsSeed, KmsSeedRefusal> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, SeedJsonContext.Default.SeedDocument) is { } document
                ? new KmsSeed(document)
                : new KmsSeedRefusal(["the seed is null; write an object such as {\"keys\": [...], \"aliases\": [...]}"]);
        }
        catch (JsonException exception)
        {
            return new KmsSeedRefusal([Describe(exception)]);
        }
    }

    // The serializer's messages name .NET types; a seed's author needs the place in the file and what belongs there.
    private static string Describe(JsonException exception)
    {
        var place = exception.Path is { Length: > 1 } path ? $"{path[2..]} " : string.Empty;
        var line = exception.LineNumber is { } number ? $" (line {number + 1})" : string.Empty;
        var message = exception.Message;
        var reason =
            message.Contains("could not be mapped", StringComparison.Ordinal) ? "is not a member of this entry; the members are those KmsSeed documents, such as keyId, keySpec, state, tags, material"
            : message.Contains("DateTimeOffset", StringComparison.Ordinal) ? "is not a date; write e.g. 2026-01-01T00:00:00Z"
            : message.Contains("System.Int32", StringComparison.Ordinal) ? "is not a whole number"
            : message.Contains("Dictionary", StringComparison.Ordinal) ? "is not an object of tag keys and their values, such as {\"team\": \"payments\"}"
            : message.Contains("List", StringComparison.Ordinal) ? "is not an array"
            : message.Contains("System.String", StringComparison.Ordinal) ? "is not a string"
            : message.Contains("SeedDocument", StringComparison.Ordinal) ? "is not an object such as {\"keys\": [...], \"aliases\": [...]}"
            : message.Contains("Seed", StringComparison.Ordinal) ? "is not an object"
            : $"is not JSON: {message}";
        return $"the seed is not a seed file: {place}{reason}{line}".Replace("  ", " ", StringComparison.Ordinal);
    }

    /// <summary>Adds the seed's keys and aliases to <paramref name="store"/>, unless any problem is found.</summary>
    /// <param name="store">The store.</param>
    /// <param name="defaults">The account and Region of entries that name none.</param>
    /// <param name="now">The time: the creation date of keys that declare none, and the time their material and settings are applied.</param>
    /// <returns>What was added and what was already there; or every problem found, with nothing changed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="defaults"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Each account's keys and aliases are added in one commit. When another commit changes the store meanwhile, the seed
    /// is planned again against the new state, so a concurrent change is neither overwritten nor lost.
    /// </remarks>
    public OneOf<KmsSeedApplied, KmsSeedRefusal> ApplyTo(IKmsKeyStore store, KmsCaller defaults, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(defaults);
        const int Attempts = 10;
        for (var attempt = 1; ; attempt++)
        {
            var planner = new SeedPlanner(_document, store, defaults, now);
            planner.Plan();
            if (planner.Problems.Count > 0)
            {
                return new KmsSeedRefusal(planner.Problems);
            }

            if (planner.TryCommit())
            {
                return planner.Applied;
            }

            if (attempt == Attempts)
            {
                return new KmsSeedRefusal([$"the store changed under the seed {Attempts} times in a row; apply it again when it is quieter"]);
            }
        }
    }
}
