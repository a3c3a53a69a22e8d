using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Seeding;

// The seed file as JSON: every member optional here, so that a missing one is reported with the entry that lacks it
// rather than as a deserialization failure. KmsSeed's documentation describes the format.

internal sealed class SeedDocument
{
    public int? Version { get; set; }

    public List<SeedKey>? Keys { get; set; }

    public List<SeedAlias>? Aliases { get; set; }
}

internal sealed class SeedKey
{
    public string? Account { get; set; }

    public string? Region { get; set; }

    public string? KeyId { get; set; }

    public string? KeySpec { get; set; }

    public string? KeyUsage { get; set; }

    public string? Origin { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreationDate { get; set; }

    public string? State { get; set; }

    public DateTimeOffset? DeletionDate { get; set; }

    public int? PendingWindowInDays { get; set; }

    public Dictionary<string, string>? Tags { get; set; }

    public int? RotationPeriodInDays { get; set; }

    public DateTimeOffset? NextRotationDate { get; set; }

    public JsonElement? Policy { get; set; }

    public string? PrimaryRegion { get; set; }

    public List<SeedMaterial>? Material { get; set; }
}

internal sealed class SeedMaterial
{
    public string? KeyMaterialId { get; set; }

    public string? Key { get; set; }

    public DateTimeOffset? RotationDate { get; set; }

    public string? RotationType { get; set; }

    public DateTimeOffset? ValidTo { get; set; }

    public string? Description { get; set; }
}

internal sealed class SeedAlias
{
    public string? Account { get; set; }

    public string? Region { get; set; }

    public string? AliasName { get; set; }

    public string? TargetKeyId { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(SeedDocument))]
[JsonSerializable(typeof(string))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
