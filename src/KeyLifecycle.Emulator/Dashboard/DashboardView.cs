using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KeyLifecycle.Emulator.Events;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Pipeline;

namespace KeyLifecycle.Emulator.Dashboard;

/// <summary>What the page and the health endpoint show: the keys of every account that has called (and the default account), as they are now.</summary>
internal sealed class DashboardView(KmsServices services, KmsEventLog events)
{
    /// <summary>The accounts to show: the default account and every account that has called, in order.</summary>
    public IReadOnlyList<AwsAccountId> Accounts()
    {
        var accounts = new SortedSet<AwsAccountId>(Comparer<AwsAccountId>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString())));
        if (AwsAccountId.TryParse(services.Options.AccountId, out var defaultAccount))
        {
            accounts.Add(defaultAccount);
        }

        accounts.UnionWith(events.Accounts);
        accounts.UnionWith(services.Store.ListAccounts());   // accounts a seed gave keys, which may not have called yet
        return accounts.ToList();
    }

    /// <summary>Applies what has fallen due by the emulator's clock in every account shown, as the next KMS request would.</summary>
    public void ApplyDueChanges()
    {
        var now = services.Time.GetUtcNow();
        foreach (var account in Accounts())
        {
            services.Housekeeping.Sweep(account, now);
        }
    }

    public IReadOnlyList<KmsKey> Keys()
    {
        ApplyDueChanges();
        return Accounts().SelectMany(account => services.Store.ListKeys(account)).ToList();
    }

    public void WriteState(Utf8JsonWriter writer, string diagram)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ApplyDueChanges();
        writer.WriteString("time", DashboardEndpoints.Format(services.Time.GetUtcNow()));
        writer.WriteStartArray("accounts");
        foreach (var account in Accounts())
        {
            writer.WriteStartObject();
            writer.WriteString("accountId", account.ToString());
            writer.WriteStartArray("regions");
            foreach (var region in services.Store.ListKeys(account).GroupBy(key => key.Region).OrderBy(group => group.Key.ToString(), StringComparer.Ordinal))
            {
                var aliases = services.Store.ListAliases(account, region.Key).ToLookup(alias => alias.TargetKeyId);
                writer.WriteStartObject();
                writer.WriteString("region", region.Key.ToString());
                writer.WriteStartArray("keys");
                foreach (var key in region.OrderBy(key => key.CreationDate).ThenBy(key => key.KeyId.ToString(), StringComparer.Ordinal))
                {
                    WriteKey(writer, key, aliases[key.KeyId].Select(alias => alias.Name.ToString()));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteLifecycle(writer, diagram);
    }

    private static void WriteKey(Utf8JsonWriter writer, KmsKey key, IEnumerable<string> aliases)
    {
        writer.WriteStartObject();
        writer.WriteString("arn", key.Arn.ToString());
        writer.WriteString("keyId", key.KeyId.ToString());
        writer.WriteString("state", key.State.ToString());
        writer.WriteString("keyState", key.State.ToWireName());
        writer.WriteString("description", key.Description);
        writer.WriteString("keyUsage", key.KeyUsage.ToWireName());
        writer.WriteString("keySpec", key.KeySpec.ToWireName());
        writer.WriteString("origin", key.Origin.ToWireName());
        writer.WriteString("keyManager", key.KeyManager.ToWireName());
        writer.WriteString("creationDate", DashboardEndpoints.Format(key.CreationDate));
        WriteDate(writer, "deletionDate", key.DeletionDate);
        if (key.MultiRegionConfiguration is { } configuration)
        {
            writer.WriteString("multiRegionKeyType", configuration.KeyType.ToWireName());
        }

        writer.WriteStartArray("aliases");
        foreach (var alias in aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("tags");
        foreach (var tag in key.Tags)
        {
            writer.WriteStartObject();
            writer.WriteString("key", tag.TagKey);
            writer.WriteString("value", tag.TagValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("material");
        writer.WriteBoolean("present", key.HasKeyMaterial);
        if (key.ExpirationModel is { } expiration)
        {
            writer.WriteString("expirationModel", expiration.ToWireName());
        }

        WriteDate(writer, "validTo", key.ValidTo);
        writer.WriteBoolean("rotationEnabled", key.KeyRotationEnabled);
        if (key.RotationPeriodInDays is { } period)
        {
            writer.WriteNumber("rotationPeriodInDays", period);
        }

        WriteDate(writer, "nextRotationDate", key.NextRotationDate);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, DashboardEndpoints.Format(value));
        }
    }

    // The README's generated diagram ("    From --> To: Operation, Operation"), as edges for the page to draw.
    private static void WriteLifecycle(Utf8JsonWriter writer, string diagram)
    {
        writer.WriteStartArray("lifecycle");
        foreach (var line in diagram.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var arrow = line.IndexOf(" --> ", StringComparison.Ordinal);
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (arrow < 0 || colon < arrow)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("from", line[..arrow]);
            writer.WriteString("to", line[(arrow + 5)..colon]);
            writer.WriteString("label", line[(colon + 2)..]);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
