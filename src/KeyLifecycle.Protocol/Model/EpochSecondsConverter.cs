using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KeyLifecycle.Protocol.Model;

/// <summary>Reads and writes timestamps as the AWS JSON protocol does: seconds since the Unix epoch, as a JSON number with an optional fraction.</summary>
/// <remarks>Written with millisecond precision (<c>1700000000.123</c>), the precision of the SDKs' own parsers.</remarks>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    private static readonly decimal s_minSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly decimal s_maxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 1;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var seconds) || seconds < s_minSeconds || seconds > s_maxSeconds)
        {
            throw new JsonException("A timestamp must be a number of seconds since the Unix epoch.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)decimal.Round(seconds * 1000m, MidpointRounding.AwayFromZero));
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.ToUnixTimeMilliseconds() / 1000m);
}
