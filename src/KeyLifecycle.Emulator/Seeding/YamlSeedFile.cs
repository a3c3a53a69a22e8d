using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using OneOf;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KeyLifecycle.Emulator.Seeding;

/// <summary>A seed file written in YAML (<c>.yaml</c>, <c>.yml</c>), read into the JSON the seed format is defined in.</summary>
/// <remarks>
/// Mappings become objects and sequences arrays. Every scalar becomes a JSON string, since the seed's numbers are read
/// from strings too; a plain <c>null</c>, <c>~</c> or empty scalar becomes <c>null</c>. So a key policy written as YAML
/// keeps its values as strings, as IAM reads them.
/// </remarks>
internal static class YamlSeedFile
{
    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The seed as JSON text, or why the text is not a YAML document.</summary>
    public static OneOf<string, string> ToJson(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            return OneOf<string, string>.FromT1(string.Create(CultureInfo.InvariantCulture, $"it is not YAML (line {exception.Start.Line}, column {exception.Start.Column}): {exception.Message}"));
        }

        if (stream.Documents.Count != 1)
        {
            return OneOf<string, string>.FromT1(string.Create(CultureInfo.InvariantCulture, $"it holds {stream.Documents.Count} YAML documents; a seed file holds one"));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, stream.Documents[0].RootNode);
        }

        return OneOf<string, string>.FromT0(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(key is YamlScalarNode { Value: { } name } ? name : key.ToString());
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" }:
                writer.WriteNullValue();
                break;
            case YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
