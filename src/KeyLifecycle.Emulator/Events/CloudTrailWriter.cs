using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Emulator.Events;

/// <summary>Writes events in the shape of the CloudTrail records AWS KMS writes, so that a test reads them as it would read CloudTrail.</summary>
/// <remarks>
/// <para>
/// The members and their order follow AWS's example records, e.g. the EnableKey entry at
/// https://docs.aws.amazon.com/kms/latest/developerguide/ct-enablekey.html: <c>eventVersion</c>, <c>userIdentity</c>,
/// <c>eventTime</c> (<c>2014-11-04T00:52:20Z</c>), <c>eventSource</c> <c>kms.amazonaws.com</c>, <c>eventName</c>,
/// <c>awsRegion</c>, <c>sourceIPAddress</c>, <c>userAgent</c>, <c>errorCode</c> and <c>errorMessage</c> for a failure,
/// <c>requestParameters</c> and <c>responseElements</c> with camel-case member names, <c>requestID</c>, <c>eventID</c>,
/// <c>readOnly</c>, <c>resources</c> (<c>ARN</c>, <c>accountId</c>, <c>type</c> <c>AWS::KMS::Key</c>), <c>eventType</c>
/// <c>AwsApiCall</c>, <c>managementEvent</c>, <c>recipientAccountId</c>, <c>eventCategory</c>. As CloudTrail does since
/// December 2022, an operation with no output names the key ARN in <c>responseElements.keyId</c>.
/// </para>
/// <para>
/// Plaintext, ciphertext, signatures, MACs, imported key material, import tokens, public keys and key store
/// credentials are never written: CloudTrail does not log them either. <c>userIdentity</c> is the caller's principal: the
/// account's root unless the request was signed with a configured principal's access key (<c>type</c> <c>IAMUser</c> with its
/// <c>userName</c>, <c>AssumedRole</c> or <c>FederatedUser</c>); <c>principalId</c>, AWS's unique ID of the identity, is its name (the project's choice).
/// </para>
/// </remarks>
internal static class CloudTrailWriter
{
    // Members CloudTrail leaves out of requestParameters and responseElements because they hold secrets or bulk data.
    private static readonly FrozenSet<string> s_secretMembers = new[]
    {
        "Plaintext", "CiphertextBlob", "SourceCiphertextBlob", "EncryptedKeyMaterial", "ImportToken", "PublicKey", "Signature",
        "Message", "Mac", "CiphertextForRecipient", "SharedSecret", "KeyMaterial", "Recipient", "KeyStorePassword",
        "XksProxyAuthenticationCredential", "TrustAnchorCertificate",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void WriteRecords(IBufferWriter<byte> output, IEnumerable<EmulatorEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        writer.WriteStartArray("Records");
        foreach (var item in events)
        {
            Write(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, EmulatorEvent item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        var account = item.Caller.AccountId.ToString();
        writer.WriteStartObject();
        writer.WriteString("eventVersion", "1.08");
        writer.WriteStartObject("userIdentity");
        var principal = item.Caller.Principal;
        writer.WriteString("type", principal.Kind switch
        {
            PrincipalKind.IamUser => "IAMUser",
            PrincipalKind.IamRole or PrincipalKind.AssumedRole => "AssumedRole",
            PrincipalKind.FederatedUser => "FederatedUser",
            _ => "Root",
        });
        writer.WriteString("principalId", principal.IsAccountRoot ? account : principal.Name);
        writer.WriteString("arn", principal.IsAccountRoot ? $"arn:{item.Caller.Partition}:iam::{account}:root" : principal.ToString());
        writer.WriteString("accountId", account);
        if (principal.Kind == PrincipalKind.IamUser)
        {
            writer.WriteString("userName", principal.Name);
        }

        writer.WriteEndObject();
        writer.WriteString("eventTime", item.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("eventSource", "kms.amazonaws.com");
        writer.WriteString("eventName", item.Operation);
        writer.WriteString("awsRegion", item.Caller.Region.ToString());
        writer.WriteString("sourceIPAddress", item.SourceIpAddress ?? "127.0.0.1");
        writer.WriteString("userAgent", item.UserAgent ?? string.Empty);
        if (item.ErrorCode is { } errorCode)
        {
            writer.WriteString("errorCode", errorCode);
            writer.WriteString("errorMessage", ErrorMessage(item.ResponseBody.Span));
        }

        writer.WritePropertyName("requestParameters");
        WriteCamelCase(writer, item.RequestBody.Span);
        writer.WritePropertyName("responseElements");
        if (item.ErrorCode is null && item.ResponseBody.IsEmpty && item.Key is { } keyArn && !item.ResponseBodyDropped)
        {
            writer.WriteStartObject();
            writer.WriteString("keyId", keyArn.ToString());
            writer.WriteEndObject();
        }
        else if (item.ErrorCode is null)
        {
            WriteCamelCase(writer, item.ResponseBody.Span);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteString("requestID", item.RequestId);
        writer.WriteString("eventID", item.EventId.ToString());
        writer.WriteBoolean("readOnly", IsReadOnly(item.Operation));
        writer.WriteStartArray("resources");
        if (item.Key is { } key)
        {
            writer.WriteStartObject();
            writer.WriteString("accountId", key.AccountId.ToString());
            writer.WriteString("type", "AWS::KMS::Key");
            writer.WriteString("ARN", key.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("eventType", "AwsApiCall");
        writer.WriteBoolean("managementEvent", true);
        writer.WriteString("recipientAccountId", account);
        writer.WriteString("eventCategory", "Management");
        writer.WriteEndObject();
    }

    private static bool IsReadOnly(string operation) =>
        operation.StartsWith("Describe", StringComparison.Ordinal) || operation.StartsWith("List", StringComparison.Ordinal)
        || operation.StartsWith("Get", StringComparison.Ordinal);

    private static string ErrorMessage(ReadOnlySpan<byte> response)
    {
        if (response.IsEmpty)
        {
            return string.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(response.ToArray());
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                ? message.GetString() ?? string.Empty
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }

    // Copies a body with its member names in camel case (KeyId -> keyId) and its secret members left out; null when
    // there is no body or it is not a JSON object.
    private static void WriteCamelCase(Utf8JsonWriter writer, ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            writer.WriteNullValue();
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                writer.WriteNullValue();
                return;
            }

            WriteElement(writer, document.RootElement);
        }
    }

    private static void WriteElement(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    if (s_secretMembers.Contains(member.Name))
                    {
                        continue;
                    }

                    writer.WritePropertyName(CamelCase(member.Name));
                    if (member.Name.StartsWith("EncryptionContext", StringComparison.Ordinal))
                    {
                        member.Value.WriteTo(writer);   // the caller's own keys, shown as given
                    }
                    else
                    {
                        WriteElement(writer, member.Value);
                    }
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteElement(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : string.Create(name.Length, name, (span, text) =>
        {
            text.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(span[0]);
        });
}
