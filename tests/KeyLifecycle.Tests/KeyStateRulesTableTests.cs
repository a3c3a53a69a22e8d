using System;
using System.Collections.Generic;
using System.Linq;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>Checks every cell of <see cref="KeyStateRules"/> against the AWS key-state table, copied verbatim from the specification.</summary>
public class KeyStateRulesTableTests
{
    // Section 2.1 of the specification, pasted as it stands; section 2.4's rows for newer operations below it.
    private const string SpecificationTable = """
        | CancelKeyDeletion | FAIL [4] | FAIL [4] | OK | FAIL [4] | FAIL [4],[13] | FAIL [4] | FAIL [4] |
        | CreateAlias | OK | OK | FAIL [3] | OK | OK | OK | OK |
        | CreateGrant | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | OK | FAIL [14] | OK |
        | Decrypt | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | DeleteAlias | OK | OK | OK | OK | OK | OK | OK |
        | DeleteImportedKeyMaterial | OK [9] | OK [9] | OK [9] | OK (no effect) | n/a | FAIL [14] | FAIL [15] |
        | DescribeKey | OK | OK | OK | OK | OK | OK | OK |
        | DisableKey | OK | OK | FAIL [3] | FAIL [5] | OK [12] | FAIL [14] | FAIL [15] |
        | DisableKeyRotation | COND [7] | FAIL [1] or [7] | FAIL [3] or [7] | FAIL [6] | FAIL [7] | FAIL [14] | COND [7] |
        | EnableKey | OK | OK | FAIL [3] | FAIL [5] | OK [12] | FAIL [14] | FAIL [15] |
        | EnableKeyRotation | COND [7] | FAIL [1] or [7] | FAIL [3] or [7] | FAIL [6] | FAIL [7] | FAIL [14] | COND [7] |
        | Encrypt | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | GenerateDataKey | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | GenerateDataKeyPair | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | GenerateDataKeyPairWithoutPlaintext | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | GenerateDataKeyWithoutPlaintext | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | GenerateMac | OK | FAIL [1] | FAIL [2] or [3] | n/a | n/a | FAIL [14] | OK |
        | GetKeyPolicy | OK | OK | OK | OK | OK | OK | OK |
        | GetKeyRotationStatus | COND [7] | COND [7] | COND [7] | FAIL [6] | FAIL [7] | COND [7] | COND [7] |
        | GetParametersForImport | COND [9] | COND [9] | FAIL [8] or [9] | OK | FAIL [9] | FAIL [14] | FAIL [15] |
        | GetPublicKey | OK | FAIL [1] | FAIL [2] or [3] | n/a | n/a | FAIL [14] | OK |
        | ImportKeyMaterial | COND [9] | COND [9] | FAIL [8] or [9] | OK | FAIL [9] | FAIL [14] | OK |
        | ListAliases | OK | OK | OK | OK | OK | OK | OK |
        | ListGrants | OK | OK | OK | OK | OK | OK | OK |
        | ListKeyPolicies | OK | OK | OK | OK | OK | OK | OK |
        | ListResourceTags | OK | OK | OK | OK | OK | OK | OK |
        | PutKeyPolicy | OK | OK | OK | OK | OK | OK | OK |
        | ReEncrypt | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | FAIL [11] | FAIL [14] | OK |
        | ReplicateKey | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | n/a | FAIL [14] | FAIL [15] |
        | RetireGrant | OK | OK | OK | OK | OK | OK | OK |
        | RevokeGrant | OK | OK | OK | OK | OK | OK | OK |
        | ScheduleKeyDeletion | OK | OK | FAIL [3] | OK | OK | OK | FAIL [15] |
        | Sign | OK | FAIL [1] | FAIL [2] or [3] | n/a | n/a | FAIL [14] | OK |
        | TagResource | OK | OK | FAIL [3] | OK | OK | OK | OK |
        | UntagResource | OK | OK | FAIL [3] | OK | OK | OK | OK |
        | UpdateAlias | OK | OK | COND [10] | OK | OK | OK | OK |
        | UpdateKeyDescription | OK | OK | FAIL [3] | OK | OK | OK | OK |
        | UpdatePrimaryRegion | OK | FAIL [1] | FAIL [2] or [3] | FAIL [5] | n/a | FAIL [14] | OK |
        | Verify | OK | FAIL [1] | FAIL [2] or [3] | n/a | n/a | FAIL [14] | OK |
        | VerifyMac | OK | FAIL [1] | FAIL [2] or [3] | n/a | n/a | FAIL [14] | OK |
        | RotateKeyOnDemand | OK | FAIL [1] | FAIL [3] | FAIL [5] | FAIL [7] | FAIL [14] | FAIL [15] |
        | DeriveSharedSecret | OK | FAIL [1] | FAIL [3] | n/a | n/a | FAIL [14] | OK |
        | ListKeyRotations | OK | OK | OK | OK | OK | OK | OK |
        | GetKeyLastUsage | OK | OK | OK | OK | OK | OK | OK |
        """;

    private static readonly KeyState[] s_columns =
        [KeyState.Enabled, KeyState.Disabled, KeyState.PendingDeletion, KeyState.PendingImport, KeyState.Unavailable, KeyState.Creating, KeyState.Updating];

    public static TheoryData<string, string, string> Cells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in SpecificationTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Trim('|').Split('|', StringSplitOptions.TrimEntries);
            for (var column = 0; column < s_columns.Length; column++)
            {
                data.Add(parts[0], s_columns[column].ToString(), parts[column + 1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Describe_EveryCell_MatchesTheAwsTable(string operation, string state, string specification)
    {
        KmsWireNames.TryParseKmsOperation(operation, out var op).ShouldBeTrue();
        KmsWireNames.TryParseKeyState(state, out var keyState).ShouldBeTrue();

        var cell = KeyStateRules.Describe(op, keyState).ToString();

        cell.ShouldBe(Normalise(specification));
    }

    [Fact]
    public void Describe_PendingReplicaDeletion_SharesThePendingDeletionColumn()
    {
        foreach (var operation in Enum.GetValues<KmsOperation>())
        {
            KeyStateRules.Describe(operation, KeyState.PendingReplicaDeletion)
                .ShouldBe(KeyStateRules.Describe(operation, KeyState.PendingDeletion));
        }
    }

    [Fact]
    public void SpecificationTable_CoversEveryOperationExactlyOnce()
    {
        var rows = Cells().Select(row => (string)row[0]).Distinct().Order().ToArray();

        rows.ShouldBe(Enum.GetValues<KmsOperation>().Select(o => o.ToString()).Order().ToArray());
    }

    [Fact]
    public void Describe_UndefinedOperation_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => KeyStateRules.Describe((KmsOperation)999, KeyState.Enabled));
        Should.Throw<ArgumentOutOfRangeException>(() => KeyStateRules.Describe((KmsOperation)Enum.GetValues<KmsOperation>().Length, KeyState.Enabled));
        Should.Throw<ArgumentOutOfRangeException>(() => KeyStateRules.Describe((KmsOperation)(-1), KeyState.Enabled));
        Should.Throw<ArgumentOutOfRangeException>(() => KeyStateRules.Describe(KmsOperation.EnableKey, (KeyState)999));
    }

    // The library states each cell once; these are the table's spellings it reduces, each for a stated reason.
    private static string Normalise(string cell) => cell switch
    {
        "FAIL [2] or [3]" => "FAIL [3]",          // the service answers KMSInvalidStateException (footnote 3), as recorded
        "FAIL [4],[13]" => "FAIL [4]",            // footnote 13 explains why a pending-deletion key never becomes Unavailable
        "OK (no effect)" => "OK",
        "COND [10]" => "FAIL [10]",               // checked against the alias's new target, where footnote 10 always refuses
        _ => cell,
    };

    [Fact]
    public void Normalise_ReducesOnlyTheCellsItNames()
    {
        var normalised = new HashSet<string>(Cells().Select(row => (string)row[2]).Where(cell => Normalise(cell) != cell));

        normalised.ShouldBe(["FAIL [2] or [3]", "FAIL [4],[13]", "OK (no effect)", "COND [10]"], ignoreOrder: true);
    }
}
