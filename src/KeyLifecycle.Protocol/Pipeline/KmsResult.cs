using System;
using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using KeyLifecycle.Errors;

namespace KeyLifecycle.Protocol.Pipeline;

/// <summary>What an operation answers: a JSON body, an empty body, or an AWS error, with its HTTP status.</summary>
internal abstract class KmsResult
{
    private KmsResult()
    {
    }

    /// <summary>The success with an empty body that operations without an output shape send (<c>EnableKey</c>, <c>DisableKey</c>, ...).</summary>
    public static KmsResult Empty { get; } = new EmptyResult();

    /// <summary>The HTTP status code.</summary>
    public abstract int StatusCode { get; }

    /// <summary>The AWS error code of a failure, or <see langword="null"/> for a success.</summary>
    public virtual string? ErrorCode => null;

    public static KmsResult Json<T>(T value, JsonTypeInfo<T> typeInfo) => new JsonResult<T>(value, typeInfo);

    public static KmsResult Error(IKmsError error) => new ErrorResult(error);

    /// <summary>A success whose JSON body is already written; the array is sent as it is and must not change.</summary>
    public static KmsResult Serialized(byte[] json) => new SerializedResult(json);

    /// <summary>Returns the HTTP status the service answers <paramref name="error"/> with.</summary>
    /// <remarks>
    /// KMS answers 400 for every client error, whatever its model says (404, 409); see the project's specification. Only
    /// the host's own failures differ: service faults (500, 503), an oversized body (413) and a body that arrived too slowly (408).
    /// </remarks>
    public static int StatusCodeOf(IKmsError error) => error switch
    {
        ServiceFault fault => fault.HttpStatusCode,
        RequestTooLarge => 413,
        UnreadableBody unreadable => unreadable.StatusCode,
        _ => 400,
    };

    /// <summary>Returns the body as sent: a JSON object, or nothing for an empty result.</summary>
    public abstract ReadOnlyMemory<byte> Body();

    private sealed class EmptyResult : KmsResult
    {
        public override int StatusCode => 200;

        public override ReadOnlyMemory<byte> Body() => ReadOnlyMemory<byte>.Empty;
    }

    private sealed class JsonResult<T>(T value, JsonTypeInfo<T> typeInfo) : KmsResult
    {
        public override int StatusCode => 200;

        // One array of the body's size, written through the serializer's pooled buffer and writer.
        public override ReadOnlyMemory<byte> Body() => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
    }

    private sealed class SerializedResult(byte[] json) : KmsResult
    {
        public override int StatusCode => 200;

        public override ReadOnlyMemory<byte> Body() => json;
    }

    private sealed class ErrorResult(IKmsError error) : KmsResult
    {
        public override int StatusCode => StatusCodeOf(error);

        public override string? ErrorCode => error.ErrorCode;

        // {"__type": "<Code>", "message": "<text>"}: the bare code and the lower-case member of the KMS model's errors
        // (reference §3.1, §8). Where the service has no message it sends no member, as in {"__type":"InvalidCiphertextException"}.
        public override ReadOnlyMemory<byte> Body()
        {
            var body = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(body))
            {
                writer.WriteStartObject();
                writer.WriteString("__type", error.ErrorCode);
                var message = error.Message;
                if (message.Length > 0)
                {
                    writer.WriteString("message", message);
                }

                writer.WriteEndObject();
            }

            return body.WrittenMemory;
        }
    }
}
