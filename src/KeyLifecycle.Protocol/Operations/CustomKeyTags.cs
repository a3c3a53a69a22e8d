using System;
using System.Collections.Generic;
using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;

namespace KeyLifecycle.Protocol.Operations;

/// <summary>
/// The CreateKey tags that fix a new key's ID and material, as LocalStack's users already write them, so that their
/// scripts run here unchanged: <c>_custom_id_</c> (the key ID) and <c>_custom_key_material_</c> (the material, base64).
/// </summary>
/// <remarks>
/// <para>
/// Neither tag is stored with the key, and the material tag has no length limit (a private key is far longer than the
/// 256 characters of a tag value). A custom ID is a UUID, or <c>mrk-</c> and 32 hexadecimal digits for a multi-Region
/// key; one that is taken is <c>AlreadyExistsException</c>.
/// </para>
/// <para>
/// The material, base64-encoded: 32 bytes for <c>SYMMETRIC_DEFAULT</c>; 1 byte to the import limit (64 or 128) for HMAC
/// keys, since LocalStack's own examples use shorter keys than KMS imports; a private key for RSA and ECC keys, as PKCS #8
/// DER or as the algorithm's own DER (PKCS #1 for RSA, SEC 1 for EC), or as PEM, of the spec's size or curve
/// (<see cref="KeyMaterialForms"/>). Only keys whose
/// material KMS generates take it. Every refusal is <c>ValidationException</c> with a text of the project's that names
/// the tag; AWS has no such tags.
/// </para>
/// </remarks>
internal static class CustomKeyTags
{
    public const string IdTag = "_custom_id_";
    public const string MaterialTag = "_custom_key_material_";

    public static bool IsCustom(string? tagKey) => tagKey is IdTag or MaterialTag;

    /// <summary>The request's tags without the two custom ones, and the custom values.</summary>
    public static (IReadOnlyList<KeyTag> Tags, string? Id, string? Material) Split(IReadOnlyList<KeyTag> tags)
    {
        string? id = null;
        string? material = null;
        List<KeyTag>? rest = null;
        for (var i = 0; i < tags.Count; i++)
        {
            if (!IsCustom(tags[i].TagKey))
            {
                rest?.Add(tags[i]);
                continue;
            }

            rest ??= [.. Take(tags, i)];
            if (tags[i].TagKey == IdTag)
            {
                id = tags[i].TagValue;
            }
            else
            {
                material = tags[i].TagValue;
            }
        }

        return (rest ?? tags, id, material);
    }

    /// <summary>The key ID a custom ID names, as the <see cref="Guid"/> <c>KmsKey.Create</c> takes.</summary>
    public static KmsOutcome<Guid> ParseId(string id, bool multiRegion)
    {
        if (!KeyId.TryParse(id, out var keyId) || keyId.IsMultiRegion != multiRegion)
        {
            return KmsOutcome<Guid>.Fail(new ValidationFailed(multiRegion
                ? $"The {IdTag} tag's value '{id}' is not a multi-Region key ID: mrk- and 32 hexadecimal digits."
                : $"The {IdTag} tag's value '{id}' is not a key ID: a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab."));
        }

        var text = keyId.ToString();
        return multiRegion ? Guid.ParseExact(text.AsSpan("mrk-".Length), "N") : Guid.ParseExact(text, "D");
    }

    /// <summary>The material a custom material tag gives a new key, in the form the store keeps (PKCS #8 for RSA and ECC).</summary>
    public static KmsOutcome<byte[]> ParseMaterial(string base64, KmsKey key)
    {
        if (key.Origin != KeyOrigin.AwsKms)
        {
            return Refuse($"The {MaterialTag} tag applies only to keys whose material KMS generates (Origin AWS_KMS); import material into an EXTERNAL key instead.");
        }

        if (!KeyMaterialForms.IsBase64OrPem(base64))
        {
            return Refuse($"The {MaterialTag} tag's value is not base64.");
        }

        return KeyMaterialForms.Read(key.KeySpec, base64) is { } material
            ? material
            : Refuse($"The {MaterialTag} tag's value is not key material for a {key.KeySpec.ToWireName()} key: {KeyMaterialForms.Expected(key.KeySpec)}.");
    }

    private static IEnumerable<KeyTag> Take(IReadOnlyList<KeyTag> tags, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return tags[i];
        }
    }

    private static KmsOutcome<byte[]> Refuse(string message) => KmsOutcome<byte[]>.Fail(new ValidationFailed(message));
}
