using System.Collections.Generic;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Storage;
using Npgsql;
using NpgsqlTypes;

namespace KeyLifecycle.Storage.PostgreSql;

// One commit as statements of one transaction. Every expected record is checked by the statement that changes it
// (WHERE version = the version it was read at), so the check and the change are one step and row locks order
// concurrent commits; any statement that touches no row makes the whole commit fail.
internal sealed class PostgreSqlCommit(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgreSqlKmsKeyStore store)
{
    public bool Apply(KeyStoreCommit commit, List<(object Record, long Version)> written)
    {
        foreach (var change in commit.Keys)
        {
            var id = Id(change.Arn);
            if (change.Expected is null)
            {
                if (change.Replacement is null || Run(
                        "INSERT INTO kms_keys (account, region, key_id, record, version, due_ticks) VALUES ($1, $2, $3, $4, 1, $5) ON CONFLICT DO NOTHING",
                        [.. id, KmsRecordJson.WriteKey(change.Replacement), DueTicks(change.Replacement)]) != 1)
                {
                    return false;
                }

                written.Add((change.Replacement, 1));
                continue;
            }

            if (store.VersionOf(change.Expected) is not { } version)
            {
                return false;
            }

            if (change.Replacement is null)
            {
                if (Run("DELETE FROM kms_keys WHERE account = $1 AND region = $2 AND key_id = $3 AND version = $4", [.. id, version]) != 1)
                {
                    return false;
                }

                Run("DELETE FROM kms_key_materials WHERE account = $1 AND region = $2 AND key_id = $3", id);
                Run("DELETE FROM kms_key_policies WHERE account = $1 AND region = $2 AND key_id = $3", id);
                Run("DELETE FROM kms_import_sessions WHERE account = $1 AND region = $2 AND key_id = $3", id);
                Run("DELETE FROM kms_grants WHERE account = $1 AND region = $2 AND key_id = $3", id);
            }
            else if (ReferenceEquals(change.Expected, change.Replacement))
            {
                // Expect: lock the row as read, so that nothing changes it before this transaction ends.
                if (Run("UPDATE kms_keys SET version = version WHERE account = $1 AND region = $2 AND key_id = $3 AND version = $4", [.. id, version]) != 1)
                {
                    return false;
                }
            }
            else
            {
                if (Run(
                        "UPDATE kms_keys SET record = $5, version = version + 1, due_ticks = $6 WHERE account = $1 AND region = $2 AND key_id = $3 AND version = $4",
                        [.. id, version, KmsRecordJson.WriteKey(change.Replacement), DueTicks(change.Replacement)]) != 1)
                {
                    return false;
                }

                written.Add((change.Replacement, version + 1));
            }
        }

        foreach (var change in commit.Aliases)
        {
            object[] id = [change.Arn.AccountId.ToString(), change.Arn.Region.ToString(), change.Arn.AliasName.ToString()];
            if (change.Expected is null)
            {
                if (change.Replacement is null
                    || Run("INSERT INTO kms_aliases (account, region, name, record, version) VALUES ($1, $2, $3, $4, 1) ON CONFLICT DO NOTHING", [.. id, KmsRecordJson.WriteAlias(change.Replacement)]) != 1)
                {
                    return false;
                }

                written.Add((change.Replacement, 1));
            }
            else if (store.VersionOf(change.Expected) is not { } version)
            {
                return false;
            }
            else if (change.Replacement is null)
            {
                if (Run("DELETE FROM kms_aliases WHERE account = $1 AND region = $2 AND name = $3 AND version = $4", [.. id, version]) != 1)
                {
                    return false;
                }
            }
            else
            {
                if (Run("UPDATE kms_aliases SET record = $5, version = version + 1 WHERE account = $1 AND region = $2 AND name = $3 AND version = $4", [.. id, version, KmsRecordJson.WriteAlias(change.Replacement)]) != 1)
                {
                    return false;
                }

                written.Add((change.Replacement, version + 1));
            }
        }

        foreach (var change in commit.CustomKeyStores)
        {
            var record = (change.Replacement ?? change.Expected)!;
            object[] id = [record.AccountId.ToString(), record.Region.ToString(), record.Id];
            if (change.Expected is null)
            {
                // A taken name is a unique violation; the savepoint keeps it from aborting more than this commit.
                if (change.Replacement is null || !Guarded(() => Run(
                        "INSERT INTO kms_custom_key_stores (account, region, id, name, record, version) VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT (account, region, id) DO NOTHING",
                        [.. id, change.Replacement.Name, KmsRecordJson.WriteCustomKeyStore(change.Replacement)]) == 1))
                {
                    return false;
                }

                written.Add((change.Replacement, 1));
            }
            else if (store.VersionOf(change.Expected) is not { } version)
            {
                return false;
            }
            else if (change.Replacement is null)
            {
                if (Run("DELETE FROM kms_custom_key_stores WHERE account = $1 AND region = $2 AND id = $3 AND version = $4", [.. id, version]) != 1)
                {
                    return false;
                }
            }
            else if (ReferenceEquals(change.Expected, change.Replacement))
            {
                if (Run("UPDATE kms_custom_key_stores SET version = version WHERE account = $1 AND region = $2 AND id = $3 AND version = $4", [.. id, version]) != 1)
                {
                    return false;
                }
            }
            else
            {
                if (!Guarded(() => Run(
                        "UPDATE kms_custom_key_stores SET name = $5, record = $6, version = version + 1 WHERE account = $1 AND region = $2 AND id = $3 AND version = $4",
                        [.. id, version, change.Replacement.Name, KmsRecordJson.WriteCustomKeyStore(change.Replacement)]) == 1))
                {
                    return false;
                }

                written.Add((change.Replacement, version + 1));
            }
        }

        foreach (var change in commit.KeyMaterials)
        {
            if (change.Replacement is null)
            {
                Run("DELETE FROM kms_key_materials WHERE account = $1 AND region = $2 AND key_id = $3", Id(change.Arn));
            }
            else
            {
                Run(
                    "INSERT INTO kms_key_materials (account, region, key_id, record) VALUES ($1, $2, $3, $4) ON CONFLICT (account, region, key_id) DO UPDATE SET record = excluded.record",
                    [.. Id(change.Arn), KmsRecordJson.WriteKeyMaterial(change.Replacement)]);
            }
        }

        foreach (var change in commit.KeyPolicies)
        {
            Run(
                "INSERT INTO kms_key_policies (account, region, key_id, record) VALUES ($1, $2, $3, $4) ON CONFLICT (account, region, key_id) DO UPDATE SET record = excluded.record",
                [.. Id(change.Arn), KmsRecordJson.WriteKeyPolicy(change.Policy)]);
        }

        foreach (var change in commit.ImportSessions)
        {
            var session = change.Session;
            var touched = change.Removed
                ? Run("DELETE FROM kms_import_sessions WHERE account = $1 AND region = $2 AND key_id = $3 AND token_id = $4", [.. Id(session.KeyArn), session.TokenId])
                : Run(
                    "INSERT INTO kms_import_sessions (account, region, key_id, token_id, issued_ticks, record) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
                    [.. Id(session.KeyArn), session.TokenId, session.IssuedAt.UtcTicks, KmsRecordJson.WriteImportSession(session)]);
            if (touched != 1)
            {
                return false;
            }
        }

        foreach (var change in commit.Grants)
        {
            object[] id = [.. Id(change.KeyArn), change.GrantId];
            if (change.Expected is null)
            {
                // Only on a key that is stored, so that a grant never outlives its key.
                if (change.Replacement is not { } grant || Run(
                        "INSERT INTO kms_grants (account, region, key_id, grant_id, retiring_principal, created_ticks, record, version) "
                        + "SELECT $1, $2, $3, $4, $5, $6, $7, 1 WHERE EXISTS (SELECT 1 FROM kms_keys WHERE account = $1 AND region = $2 AND key_id = $3) ON CONFLICT DO NOTHING",
                        [.. id, Retiring(grant), grant.CreationDate.UtcTicks, KmsRecordJson.WriteGrant(grant)]) != 1)
                {
                    return false;
                }

                written.Add((grant, 1));
            }
            else if (store.VersionOf(change.Expected) is not { } version)
            {
                return false;
            }
            else if (change.Replacement is null)
            {
                if (Run("DELETE FROM kms_grants WHERE account = $1 AND region = $2 AND key_id = $3 AND grant_id = $4 AND version = $5", [.. id, version]) != 1)
                {
                    return false;
                }
            }
            else
            {
                if (Run(
                        "UPDATE kms_grants SET retiring_principal = $6, created_ticks = $7, record = $8, version = version + 1 WHERE account = $1 AND region = $2 AND key_id = $3 AND grant_id = $4 AND version = $5",
                        [.. id, version, Retiring(change.Replacement), change.Replacement.CreationDate.UtcTicks, KmsRecordJson.WriteGrant(change.Replacement)]) != 1)
                {
                    return false;
                }

                written.Add((change.Replacement, version + 1));
            }
        }

        return true;
    }

    // A null text is typed as text (a bare DBNull is taken for a bigint, as due_ticks is).
    private static object Retiring(Grants.KmsGrant grant) =>
        (object?)grant.RetiringPrincipal?.ToString() ?? new NpgsqlParameter { Value = System.DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static object[] Id(KeyArn arn) => [arn.AccountId.ToString(), arn.Region.ToString(), arn.KeyId.ToString()];

    private static object DueTicks(KmsKey key) => KeyTransitions.NextChangeDue(key)?.UtcTicks is { } ticks ? ticks : System.DBNull.Value;

    private bool Guarded(System.Func<bool> statement)
    {
        using (var savepoint = new NpgsqlCommand("SAVEPOINT kms_guard", connection, transaction))
        {
            savepoint.ExecuteNonQuery();
        }

        try
        {
            return statement();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            using var rollback = new NpgsqlCommand("ROLLBACK TO SAVEPOINT kms_guard", connection, transaction);
            rollback.ExecuteNonQuery();
            return false;
        }
    }

    private int Run(string sql, object[] arguments)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var argument in arguments)
        {
            if (argument is NpgsqlParameter typed)
            {
                command.Parameters.Add(typed);
                continue;
            }

            command.Parameters.Add(new NpgsqlParameter
            {
                Value = argument,
                NpgsqlDbType = argument switch
                {
                    long => NpgsqlDbType.Bigint,
                    byte[] => NpgsqlDbType.Bytea,
                    System.DBNull => NpgsqlDbType.Bigint,
                    _ => NpgsqlDbType.Text,
                },
            });
        }

        return command.ExecuteNonQuery();
    }
}
