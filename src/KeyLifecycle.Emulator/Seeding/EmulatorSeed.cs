using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Seeding;
using OneOf;

namespace KeyLifecycle.Emulator.Seeding;

/// <summary>The emulator's use of seed files: <c>--Kms:Seed</c> at start, <c>POST /_kms/seed</c> and <c>GET /_kms/export</c> while it runs, and <c>--Emulator:Export</c> when it stops.</summary>
internal static class EmulatorSeed
{
    /// <summary>Applies the seed file at <paramref name="path"/>, or says why it cannot, naming the file.</summary>
    /// <returns>What was applied, or the problems as one message (a line per problem).</returns>
    public static OneOf<KmsSeedApplied, string> ApplyFile(KmsServices services, string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot read the seed file {path}: {exception.Message}";
        }

        if (YamlSeedFile.IsYaml(path))
        {
            var json = YamlSeedFile.ToJson(text);
            if (json.TryPickT1(out var notYaml, out var converted))
            {
                return $"the seed file {path} was not applied, nothing was changed: {notYaml}";
            }

            text = converted;
        }

        return Apply(services, text).Match<OneOf<KmsSeedApplied, string>>(
            applied => applied,
            refusal => $"the seed file {path} was not applied, nothing was changed:{Environment.NewLine}"
                + string.Join(Environment.NewLine, refusal.Problems.Select(problem => "  " + problem)));
    }

    /// <summary>Applies a seed's text to the emulator's store, with its account and Region for entries that name none.</summary>
    public static OneOf<KmsSeedApplied, KmsSeedRefusal> Apply(KmsServices services, string text) =>
        KmsSeed.Parse(text).Match(
            seed => seed.ApplyTo(services.Store, Defaults(services), services.Time.GetUtcNow()),
            refusal => refusal);

    /// <summary>Writes the emulator's state to <paramref name="path"/> as a seed file, through a temporary file so that a reader never sees half of one.</summary>
    public static void ExportFile(KmsServices services, string path, bool includeSecrets)
    {
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, KmsSeedExport.Write(services.Store, includeSecrets), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>The sentence the banner adds for a seed applied at start.</summary>
    public static string Describe(KmsSeedApplied applied, string path) =>
        $"seeded from {path}: {Count(applied.KeysAdded, "key")} and {Count(applied.AliasesAdded, "alias")} added";

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : noun.EndsWith('s') ? "es" : "s")}");

    private static KmsCaller Defaults(KmsServices services) =>
        KmsCaller.Create(AwsRegion.Parse(services.Options.Region), AwsAccountId.Parse(services.Options.AccountId));
}
