using System;
using KeyLifecycle.Errors;
using OneOf;

namespace KeyLifecycle;

/// <summary>The AWS KMS key-state table: which operations a key accepts in each state, and the exact error when it does not.</summary>
/// <remarks>
/// <para>
/// This type holds the table as data, row for row and column for column as AWS publishes it, and is the only place in
/// the library that states a cell. Transitions ask <see cref="Check"/> before they change a key; documentation and the
/// conformance suite read cells through <see cref="Describe"/>.
/// </para>
/// <para>
/// Where the table says <c>FAIL [2] or [3]</c> (a cryptographic operation on a key pending deletion) the rules answer
/// footnote 3, <c>KMSInvalidStateException</c>, which is what the service is recorded answering. The import rows refuse a
/// key that cannot have imported material (footnote 9) in every cell that lets the call through. Where it says
/// <c>n/a</c> the rules answer as the state's usual refusal. Rows for operations newer than the table
/// (<see cref="KmsOperation.RotateKeyOnDemand"/>, <see cref="KmsOperation.ListKeyRotations"/>,
/// <see cref="KmsOperation.DeriveSharedSecret"/>, <see cref="KmsOperation.GetKeyLastUsage"/>) follow the recorded
/// cases and the nearest documented row.
/// </para>
/// <para>Every member is pure and thread-safe.</para>
/// See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key states of AWS KMS keys</see>.
/// </remarks>
public static class KeyStateRules
{
    private const int OperationCount = (int)KmsOperation.VerifyMac + 1;
    private const int ColumnCount = 7;

    // Columns, in the order of the AWS table.
    private const int EnabledColumn = 0, DisabledColumn = 1, PendingDeletionColumn = 2, PendingImportColumn = 3,
        UnavailableColumn = 4, CreatingColumn = 5, UpdatingColumn = 6;

    private static readonly KeyStateRule Ok = new(RuleOutcome.Allowed, 0, 0);
    private static readonly KeyStateRule OkIfImportable = new(RuleOutcome.Allowed, 9, 0);
    private static readonly KeyStateRule OkDeferred = new(RuleOutcome.Deferred, 12, 0);

    private static readonly KeyStateRule[] s_table = BuildTable();

    /// <summary>Decides whether <paramref name="key"/> accepts <paramref name="operation"/> in its current state.</summary>
    /// <param name="operation">The operation the caller asked for.</param>
    /// <param name="key">The key it acts on. For <see cref="KmsOperation.UpdateAlias"/>, the alias's new target key (footnote 10: the current target may be pending deletion).</param>
    /// <returns>
    /// <see cref="Permitted"/> when the operation may proceed; otherwise the error the service returns:
    /// <see cref="InvalidKeyState"/> (<c>KMSInvalidStateException</c>), <see cref="KeyDisabled"/> (<c>DisabledException</c>)
    /// or <see cref="UnsupportedOperation"/> (<c>UnsupportedOperationException</c>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> is not a defined member.</exception>
    public static OneOf<Permitted, InvalidKeyState, KeyDisabled, UnsupportedOperation> Check(KmsOperation operation, KmsKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rule = Describe(operation, key.State);
        return rule.Outcome switch
        {
            RuleOutcome.Allowed when IsImportRow(operation) && !CanHaveImportedMaterial(key) => Unsupported(operation, key),
            RuleOutcome.Allowed => Permitted.Now,
            RuleOutcome.Deferred => Permitted.Deferred,
            RuleOutcome.Conditional when RefusedByKeyProperties(rule.Footnote, key) => Unsupported(operation, key),
            RuleOutcome.Conditional => Permitted.Now,
            RuleOutcome.Refused or RuleOutcome.NotApplicable when RefusedByKeyProperties(rule.AlternateFootnote, key) => Unsupported(operation, key),
            RuleOutcome.Refused or RuleOutcome.NotApplicable => Refuse(rule.Footnote, operation, key),
            _ => throw new InvalidOperationException($"Undefined {nameof(RuleOutcome)} {rule.Outcome}."),
        };
    }

    /// <summary>Returns the cell of the key-state table for <paramref name="operation"/> in <paramref name="state"/>.</summary>
    /// <param name="operation">The table's row.</param>
    /// <param name="state">The table's column; <see cref="KeyState.PendingDeletion"/> and <see cref="KeyState.PendingReplicaDeletion"/> share one.</param>
    /// <returns>The cell, with its footnotes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> or <paramref name="state"/> is not a defined member.</exception>
    public static KeyStateRule Describe(KmsOperation operation, KeyState state)
    {
        if ((uint)operation >= OperationCount)
        {
            throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a defined KmsOperation value.");
        }

        return s_table[((int)operation * ColumnCount) + Column(state)];
    }

    private static int Column(KeyState state) => state switch
    {
        KeyState.Enabled => EnabledColumn,
        KeyState.Disabled => DisabledColumn,
        KeyState.PendingDeletion or KeyState.PendingReplicaDeletion => PendingDeletionColumn,
        KeyState.PendingImport => PendingImportColumn,
        KeyState.Unavailable => UnavailableColumn,
        KeyState.Creating => CreatingColumn,
        KeyState.Updating => UpdatingColumn,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined KeyState value."),
    };

    // Footnote 7 (rotation) refuses keys with imported material or in a custom key store; footnote 9 (import)
    // refuses keys that cannot have imported material. Both are worded with the key's origin.
    private static bool RefusedByKeyProperties(int footnote, KmsKey key) => footnote switch
    {
        7 => key.Origin != KeyOrigin.AwsKms,
        9 => !CanHaveImportedMaterial(key),
        _ => false,
    };

    private static bool CanHaveImportedMaterial(KmsKey key) => key.Origin == KeyOrigin.External;

    // Footnote 9 holds for the whole of the import rows. The table writes it only in some of their cells, but a key that
    // cannot have imported material never imports any, also where a cell says plain OK: ImportKeyMaterial on an AWS_KMS
    // multi-Region key that is Updating, and the PendingImport column, which only keys with origin EXTERNAL reach.
    private static bool IsImportRow(KmsOperation operation) =>
        operation is KmsOperation.ImportKeyMaterial or KmsOperation.DeleteImportedKeyMaterial or KmsOperation.GetParametersForImport;

    private static UnsupportedOperation Unsupported(KmsOperation operation, KmsKey key) =>
        new(key.Arn, key.Origin, key.KeySpec, operation, UnsupportedReason.Origin);

    private static OneOf<Permitted, InvalidKeyState, KeyDisabled, UnsupportedOperation> Refuse(int footnote, KmsOperation operation, KmsKey key) =>
        footnote switch
        {
            1 => new KeyDisabled(key.Arn, operation),
            3 or 8 or 10 => Invalid(operation, key, key.State == KeyState.PendingReplicaDeletion
                ? InvalidStateReason.PendingReplicaDeletion
                : InvalidStateReason.PendingDeletion),
            4 => Invalid(operation, key, InvalidStateReason.NotPendingDeletion),
            5 => Invalid(operation, key, InvalidStateReason.PendingImport),
            6 or 7 or 9 => Unsupported(operation, key),
            11 => Invalid(operation, key, InvalidStateReason.Unavailable),
            14 => Invalid(operation, key, InvalidStateReason.Creating),
            15 => Invalid(operation, key, InvalidStateReason.Updating),
            _ => throw new InvalidOperationException($"The key-state table refers to footnote {footnote}, which has no refusal."),
        };

    private static InvalidKeyState Invalid(KmsOperation operation, KmsKey key, InvalidStateReason reason) =>
        new(key.Arn, key.State, operation, reason);

    private static KeyStateRule Fail(int footnote) => new(RuleOutcome.Refused, footnote, 0);

    private static KeyStateRule Fail(int footnote, int alternate) => new(RuleOutcome.Refused, footnote, alternate);

    private static KeyStateRule Cond(int footnote) => new(RuleOutcome.Conditional, footnote, 0);

    // "n/a" cells answer with the footnote of the state's usual refusal if a key is in that state anyway.
    private static KeyStateRule NotApplicable(int footnote) => new(RuleOutcome.NotApplicable, footnote, 0);

    private static KeyStateRule[] BuildTable()
    {
        var table = new KeyStateRule[OperationCount * ColumnCount];
        var hasRow = new bool[OperationCount];

        void Row(KmsOperation operation, KeyStateRule enabled, KeyStateRule disabled, KeyStateRule pendingDeletion,
            KeyStateRule pendingImport, KeyStateRule unavailable, KeyStateRule creating, KeyStateRule updating)
        {
            if (hasRow[(int)operation])
            {
                throw new InvalidOperationException($"The key-state table has two rows for {operation}.");
            }

            hasRow[(int)operation] = true;
            var start = (int)operation * ColumnCount;

            table[start + EnabledColumn] = enabled;
            table[start + DisabledColumn] = disabled;
            table[start + PendingDeletionColumn] = pendingDeletion;
            table[start + PendingImportColumn] = pendingImport;
            table[start + UnavailableColumn] = unavailable;
            table[start + CreatingColumn] = creating;
            table[start + UpdatingColumn] = updating;
        }

        // The AWS key-state table (December 2022), in its own order. "FAIL [2] or [3]" is written Fail(3): see the remarks.
        //  Operation                                            Enabled   Disabled      PendingDeletion  PendingImport  Unavailable           Creating  Updating
        Row(KmsOperation.CancelKeyDeletion,                      Fail(4),  Fail(4),      Ok,              Fail(4),       Fail(4),              Fail(4),  Fail(4));
        Row(KmsOperation.CreateAlias,                            Ok,       Ok,           Fail(3),         Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.CreateGrant,                            Ok,       Fail(1),      Fail(3),         Fail(5),       Ok,                   Fail(14), Ok);
        Row(KmsOperation.Decrypt,                                Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.DeleteAlias,                            Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.DeleteImportedKeyMaterial,              OkIfImportable, OkIfImportable, OkIfImportable, Ok,     NotApplicable(9),     Fail(14), Fail(15));
        Row(KmsOperation.DescribeKey,                            Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.DisableKey,                             Ok,       Ok,           Fail(3),         Fail(5),       OkDeferred,           Fail(14), Fail(15));
        Row(KmsOperation.DisableKeyRotation,                     Cond(7),  Fail(1, 7),   Fail(3, 7),      Fail(6),       Fail(7),              Fail(14), Cond(7));
        Row(KmsOperation.EnableKey,                              Ok,       Ok,           Fail(3),         Fail(5),       OkDeferred,           Fail(14), Fail(15));
        Row(KmsOperation.EnableKeyRotation,                      Cond(7),  Fail(1, 7),   Fail(3, 7),      Fail(6),       Fail(7),              Fail(14), Cond(7));
        Row(KmsOperation.Encrypt,                                Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.GenerateDataKey,                        Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.GenerateDataKeyPair,                    Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.GenerateDataKeyPairWithoutPlaintext,    Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.GenerateDataKeyWithoutPlaintext,        Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.GenerateMac,                            Ok,       Fail(1),      Fail(3),         NotApplicable(5), NotApplicable(11), Fail(14), Ok);
        Row(KmsOperation.GetKeyPolicy,                           Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.GetKeyRotationStatus,                   Cond(7),  Cond(7),      Cond(7),         Fail(6),       Fail(7),              Cond(7),  Cond(7));
        Row(KmsOperation.GetParametersForImport,                 Cond(9),  Cond(9),      Fail(8, 9),      Ok,            Fail(9),              Fail(14), Fail(15));
        Row(KmsOperation.GetPublicKey,                           Ok,       Fail(1),      Fail(3),         NotApplicable(5), NotApplicable(11), Fail(14), Ok);
        Row(KmsOperation.ImportKeyMaterial,                      Cond(9),  Cond(9),      Fail(8, 9),      Ok,            Fail(9),              Fail(14), Ok);
        Row(KmsOperation.ListAliases,                            Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.ListGrants,                             Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.ListKeyPolicies,                        Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.ListResourceTags,                       Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.PutKeyPolicy,                           Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.ReEncrypt,                              Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(11),             Fail(14), Ok);
        Row(KmsOperation.ReplicateKey,                           Ok,       Fail(1),      Fail(3),         Fail(5),       NotApplicable(11),    Fail(14), Fail(15));
        Row(KmsOperation.RetireGrant,                            Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.RevokeGrant,                            Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.ScheduleKeyDeletion,                    Ok,       Ok,           Fail(3),         Ok,            Ok,                   Ok,       Fail(15));
        Row(KmsOperation.Sign,                                   Ok,       Fail(1),      Fail(3),         NotApplicable(5), NotApplicable(11), Fail(14), Ok);
        Row(KmsOperation.TagResource,                            Ok,       Ok,           Fail(3),         Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.UntagResource,                          Ok,       Ok,           Fail(3),         Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.UpdateAlias,                            Ok,       Ok,           Fail(10),        Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.UpdateKeyDescription,                   Ok,       Ok,           Fail(3),         Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.UpdatePrimaryRegion,                    Ok,       Fail(1),      Fail(3),         Fail(5),       NotApplicable(11),    Fail(14), Ok);
        Row(KmsOperation.Verify,                                 Ok,       Fail(1),      Fail(3),         NotApplicable(5), NotApplicable(11), Fail(14), Ok);
        Row(KmsOperation.VerifyMac,                              Ok,       Fail(1),      Fail(3),         NotApplicable(5), NotApplicable(11), Fail(14), Ok);

        // Operations newer than the table. RotateKeyOnDemand: Disabled and PendingImport are recorded; the rest
        // follows EnableKeyRotation, except that keys with imported material may now rotate on demand.
        // DeriveSharedSecret follows Sign. ListKeyRotations (recorded in three states) and GetKeyLastUsage
        // (no state errors in the model) are read operations allowed in every state.
        Row(KmsOperation.RotateKeyOnDemand,                      Ok,       Fail(1),      Fail(3),         Fail(5),       Fail(7),              Fail(14), Fail(15));
        Row(KmsOperation.DeriveSharedSecret,                     Ok,       Fail(1),      Fail(3),         NotApplicable(5), NotApplicable(11), Fail(14), Ok);
        Row(KmsOperation.ListKeyRotations,                       Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);
        Row(KmsOperation.GetKeyLastUsage,                        Ok,       Ok,           Ok,              Ok,            Ok,                   Ok,       Ok);

        for (var operation = 0; operation < OperationCount; operation++)
        {
            if (!hasRow[operation])
            {
                throw new InvalidOperationException($"The key-state table has no row for {(KmsOperation)operation}.");
            }
        }

        return table;
    }
}
