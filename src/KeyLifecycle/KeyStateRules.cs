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
    private static readonly int OperationCount = KmsWireNames.KmsOperationValues.Length;
    private const int ColumnCount = 7;

    // Columns, in the order of the AWS table.
    private const int EnabledColumn = 0, DisabledColumn = 1, PendingDeletionColumn = 2, PendingImportColumn = 3,
        UnavailableColumn = 4, CreatingColumn = 5, UpdatingColumn = 6;

    private static readonly KeyStateRule Ok = new(RuleOutcome.Allowed, 0, 0);
    private static readonly KeyStateRule OkIfImportable = new(RuleOutcome.Allowed, 9, 0);
    private static readonly KeyStateRule OkDeferred = new(RuleOutcome.Deferred, 12, 0);

    private static readonly KeyStateRule[] s_table = BuildTable();
    private static readonly RowRefusals[] s_rowRefusals = BuildRowRefusals();

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
        return IsUnsupported(rule, operation, key) ? Unsupported(operation, key)
            : IsDisabledRefusal(rule) ? new KeyDisabled(key.Arn, operation)
            : StateRefusal(rule, operation, key) is { } invalid ? invalid
            : Allow(rule);
    }

    // The typed checks below answer for rows that can refuse in fewer ways; the transitions ask the one their row needs,
    // so their unions carry no arm the table cannot produce. Each refuses a row that can answer otherwise: that is a
    // programming error, caught by the transitions' tests, never a caller's.

    /// <summary>Checks a row whose only refusals are through key state (<c>KMSInvalidStateException</c>).</summary>
    internal static OneOf<Permitted, InvalidKeyState> CheckState(KmsOperation operation, KmsKey key)
    {
        var rule = DescribeRow(operation, key, RowRefusals.State);
        return StateRefusal(rule, operation, key) is { } invalid ? invalid : Allow(rule);
    }

    /// <summary>Checks a row that refuses through key state or the key's origin (the import rows).</summary>
    internal static OneOf<Permitted, InvalidKeyState, UnsupportedOperation> CheckStateAndOrigin(KmsOperation operation, KmsKey key)
    {
        var rule = DescribeRow(operation, key, RowRefusals.State | RowRefusals.Unsupported);
        return IsUnsupported(rule, operation, key) ? Unsupported(operation, key)
            : StateRefusal(rule, operation, key) is { } invalid ? invalid
            : Allow(rule);
    }

    /// <summary>Checks a row that refuses only through the key's origin (<c>GetKeyRotationStatus</c>).</summary>
    internal static OneOf<Permitted, UnsupportedOperation> CheckOrigin(KmsOperation operation, KmsKey key)
    {
        var rule = DescribeRow(operation, key, RowRefusals.Unsupported);
        return IsUnsupported(rule, operation, key) ? Unsupported(operation, key) : Allow(rule);
    }

    private static KeyStateRule DescribeRow(KmsOperation operation, KmsKey key, RowRefusals expected)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rule = Describe(operation, key.State);
        return (s_rowRefusals[(int)operation] & ~expected) == 0
            ? rule
            : throw new ArgumentException($"The key-state table's row for {operation} refuses in more ways than {expected}.", nameof(operation));
    }

    private static Permitted Allow(KeyStateRule rule) => rule.Outcome == RuleOutcome.Deferred ? Permitted.Deferred : Permitted.Now;

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

        return state.IsDefined()
            ? s_table[((int)operation * ColumnCount) + Column(state)]
            : throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined KeyState value.");
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

    // Footnotes 6, 7 and 9 refuse by the key's origin or custom key store; 7 and 9 also as a cell's condition or alternate.
    private static bool IsUnsupported(KeyStateRule rule, KmsOperation operation, KmsKey key) => rule.Outcome switch
    {
        RuleOutcome.Allowed => IsImportRow(operation) && !CanHaveImportedMaterial(key),
        RuleOutcome.Deferred => false,
        RuleOutcome.Conditional => RefusedByKeyProperties(rule.Footnote, key),
        RuleOutcome.Refused or RuleOutcome.NotApplicable => RefusedByKeyProperties(rule.AlternateFootnote, key) || IsOriginFootnote(rule.Footnote),
    };

    private static bool IsRefusal(KeyStateRule rule) => rule.Outcome is RuleOutcome.Refused or RuleOutcome.NotApplicable;

    private static bool IsDisabledRefusal(KeyStateRule rule) => IsRefusal(rule) && rule.Footnote == 1;

    private static bool IsOriginFootnote(int footnote) => footnote is 6 or 7 or 9;

    private static InvalidKeyState? StateRefusal(KeyStateRule rule, KmsOperation operation, KmsKey key) =>
        IsRefusal(rule) && StateReasonOf(rule.Footnote) is { } reason
            ? new InvalidKeyState(key.Arn, key.State, operation, reason == InvalidStateReason.PendingDeletion && key.State == KeyState.PendingReplicaDeletion
                ? InvalidStateReason.PendingReplicaDeletion
                : reason)
            : null;

    private static InvalidStateReason? StateReasonOf(int footnote) => footnote switch
    {
        3 or 8 or 10 => InvalidStateReason.PendingDeletion,
        4 => InvalidStateReason.NotPendingDeletion,
        5 => InvalidStateReason.PendingImport,
        11 => InvalidStateReason.Unavailable,
        14 => InvalidStateReason.Creating,
        15 => InvalidStateReason.Updating,
        _ => null,
    };

    // Which kinds of refusal a cell can give, whatever the key; the table is checked to give every refusing cell one.
    private static RowRefusals RefusalsOf(KeyStateRule rule, KmsOperation operation)
    {
        var refusals = rule.Outcome switch
        {
            RuleOutcome.Allowed => IsImportRow(operation) ? RowRefusals.Unsupported : RowRefusals.None,
            RuleOutcome.Deferred => RowRefusals.None,
            RuleOutcome.Conditional => rule.Footnote is 7 or 9 ? RowRefusals.Unsupported : RowRefusals.None,
            RuleOutcome.Refused or RuleOutcome.NotApplicable =>
                (rule.AlternateFootnote is 7 or 9 ? RowRefusals.Unsupported : RowRefusals.None)
                | (rule.Footnote == 1 ? RowRefusals.Disabled : RowRefusals.None)
                | (IsOriginFootnote(rule.Footnote) ? RowRefusals.Unsupported : RowRefusals.None)
                | (StateReasonOf(rule.Footnote) is null ? RowRefusals.None : RowRefusals.State),
        };

        return IsRefusal(rule) && (refusals & (RowRefusals.State | RowRefusals.Disabled)) == 0 && !IsOriginFootnote(rule.Footnote)
            ? throw new InvalidOperationException($"The key-state table refers to footnote {rule.Footnote}, which has no refusal.")
            : refusals;
    }

    [Flags]
    private enum RowRefusals
    {
        None = 0,
        State = 1,
        Disabled = 2,
        Unsupported = 4,
    }

    private static KeyStateRule Fail(int footnote) => new(RuleOutcome.Refused, footnote, 0);

    private static KeyStateRule Fail(int footnote, int alternate) => new(RuleOutcome.Refused, footnote, alternate);

    private static KeyStateRule Cond(int footnote) => new(RuleOutcome.Conditional, footnote, 0);

    // "n/a" cells answer with the footnote of the state's usual refusal if a key is in that state anyway.
    private static KeyStateRule NotApplicable(int footnote) => new(RuleOutcome.NotApplicable, footnote, 0);

    private static RowRefusals[] BuildRowRefusals()
    {
        var rows = new RowRefusals[OperationCount];
        for (var cell = 0; cell < s_table.Length; cell++)
        {
            rows[cell / ColumnCount] |= RefusalsOf(s_table[cell], (KmsOperation)(cell / ColumnCount));
        }

        return rows;
    }

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
