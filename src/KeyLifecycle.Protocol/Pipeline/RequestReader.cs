using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>Reads an operation's input shape from the request body, or says why it cannot: <c>SerializationException</c>.</summary>
/// <remarks>
/// The body must be one JSON object; an empty body reads as <c>{}</c>. Unknown members are ignored and member names
/// are case-sensitive, as the service does. A member of the wrong JSON type is named in the message by its JSON kind,
/// in the wording of the service's deserializer (<c>NUMBER_VALUE can not be converted to a String</c>).
/// </remarks>
internal static class RequestReader
{
    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = 32 };

    public static KmsOutcome<T> Read<T>(ReadOnlyMemory<byte> body, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (body.IsEmpty)
        {
            body = "{}"u8.ToArray();
        }

        // Most bodies are one well-formed object of the right shape: read it straight into the type. Anything else
        // (another root, bad JSON, a member of the wrong type, trailing text) is read again below, as a document, so
        // that the failure is reported exactly as it is described there.
        if (TryReadObject(body.Span, typeInfo, out var read))
        {
            return read;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, s_documentOptions);
        }
        catch (JsonException)
        {
            return KmsOutcome<T>.Fail(new MalformedRequest("The request body is not valid JSON."));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return KmsOutcome<T>.Fail(new MalformedRequest($"{KindName(root.ValueKind)} can not be converted to a Structure"));
            }

            try
            {
                var request = root.Deserialize(typeInfo);
                return request is null ? KmsOutcome<T>.Fail(new MalformedRequest("The request body is null.")) : request;
            }
            catch (JsonException exception)
            {
                return KmsOutcome<T>.Fail(Describe(root, exception.Path));
            }
        }
    }

    private static bool TryReadObject<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo, [NotNullWhen(true)] out T? request)
    {
        request = default;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = s_documentOptions.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            request = JsonSerializer.Deserialize(ref reader, typeInfo);
            return request is not null && !reader.Read();   // nothing may follow the object but white space
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Finds the offending value by the exception's JSON path ($.Tags[0].TagKey) and names its kind.
    private static MalformedRequest Describe(JsonElement root, string? path)
    {
        if (path is null || !TryFind(root, path, out var value))
        {
            return new MalformedRequest("A member of the request has the wrong type.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => new MalformedRequest("Start of structure or map found where not expected."),
            JsonValueKind.Array => new MalformedRequest("Start of list found where not expected"),
            _ => new MalformedRequest($"{KindName(value.ValueKind)} can not be converted to the type of member {MemberName(path)}"),
        };
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "STRING_VALUE",
        JsonValueKind.Number => "NUMBER_VALUE",
        JsonValueKind.True => "TRUE_VALUE",
        JsonValueKind.False => "FALSE_VALUE",
        JsonValueKind.Array => "START_ARRAY",
        JsonValueKind.Object => "START_OBJECT",
        JsonValueKind.Null => "NULL_VALUE",
        _ => "VALUE",
    };

    private static string MemberName(string path)
    {
        var dot = path.LastIndexOf('.');
        var name = dot < 0 ? path : path[(dot + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }

    private static bool TryFind(JsonElement root, string path, out JsonElement value)
    {
        value = root;
        var rest = path.AsSpan();
        if (!rest.StartsWith("$"))
        {
            return false;
        }

        rest = rest[1..];
        while (!rest.IsEmpty)
        {
            if (rest[0] == '.')
            {
                rest = rest[1..];
                var end = rest.IndexOfAny('.', '[');
                var name = end < 0 ? rest : rest[..end];
                rest = end < 0 ? [] : rest[end..];
                if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(name, out value))
                {
                    return false;
                }
            }
            else if (rest[0] == '[')
            {
                var close = rest.IndexOf(']');
                if (close < 0 || value.ValueKind != JsonValueKind.Array || !int.TryParse(rest[1..close], out var index)
                    || index < 0 || index >= value.GetArrayLength())
                {
                    return false;
                }

                value = value[index];
                rest = rest[(close + 1)..];
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
