using System;
using System.Collections.Generic;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>Checks the answer of <see cref="KeyStateRules.Check"/> for every operation, state and origin against the footnotes of the specification (section 2.2), transcribed here on their own.</summary>
public class KeyStateRulesCheckTests
{
    private const string Arn = TestKeys.ArnText;

    public static TheoryData<KmsOperation, KeyState, KeyOrigin> AllCombinations()
    {
        var data = new TheoryData<KmsOperation, KeyState, KeyOrigin>();
        foreach (var operation in Enum.GetValues<KmsOperation>())
        {
            foreach (var state in Enum.GetValues<KeyState>())
            {
                foreach (var origin in Enum.GetValues<KeyOrigin>())
                {
                    data.Add(operation, state, origin);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Check_EveryOperationStateAndOrigin_AnswersAsTheFootnotesSay(KmsOperation operation, KeyState state, KeyOrigin origin)
    {
        var key = TestKeys.InState(state, origin);
        var expected = Expected(operation, KeyStateRules.Describe(operation, state).ToString(), state, origin);

        var actual = KeyStateRules.Check(operation, key).Match(
            permitted => permitted.IsDeferred ? "deferred" : "ok",
            invalid => $"{invalid.ErrorCode}: {invalid.Message}",
            disabled => $"{disabled.ErrorCode}: {disabled.Message}",
            unsupported => $"{unsupported.ErrorCode}: {unsupported.Message}");

        actual.ShouldBe(expected);
    }

    [Fact]
    public void Check_RefusedWithAnyReason_CarriesTheOperationAndTheKeyArn()
    {
        var refusal = KeyStateRules.Check(KmsOperation.Encrypt, TestKeys.InState(KeyState.Disabled)).AsT2;

        refusal.Operation.ShouldBe(KmsOperation.Encrypt);
        refusal.KeyArn.ToString().ShouldBe(Arn);
    }

    [Fact]
    public void Check_NullKey_Throws() =>
        Should.Throw<ArgumentNullException>(() => KeyStateRules.Check(KmsOperation.Encrypt, null!));

    // Footnotes 1-15 of the specification (section 2.2) with the project's decisions (section 8), as literal text.
    private static string Expected(KmsOperation operation, string cell, KeyState state, KeyOrigin origin)
    {
        var originWire = origin switch
        {
            KeyOrigin.AwsKms => "AWS_KMS",
            KeyOrigin.External => "EXTERNAL",
            KeyOrigin.AwsCloudHsm => "AWS_CLOUDHSM",
            _ => "EXTERNAL_KEY_STORE",
        };
        var unsupported = $"UnsupportedOperationException: {Arn} origin is {originWire} which is not valid for this operation.";
        var pendingDeletion = state == KeyState.PendingReplicaDeletion
            ? $"KMSInvalidStateException: {Arn} is pending replica deletion."
            : $"KMSInvalidStateException: {Arn} is pending deletion.";
        var importedMaterialOrCustomStore = origin != KeyOrigin.AwsKms;
        var cannotHaveImportedMaterial = origin != KeyOrigin.External;

        string Footnote(int footnote) => footnote switch
        {
            1 => $"DisabledException: {Arn} is disabled.",
            3 or 8 or 10 => pendingDeletion,
            4 => $"KMSInvalidStateException: {Arn} is not pending deletion.",
            5 => $"KMSInvalidStateException: {Arn} is pending import.",
            6 or 7 or 9 => unsupported,
            11 => $"KMSInvalidStateException: {Arn} is unavailable.",
            14 => $"KMSInvalidStateException: {Arn} is creating.",
            15 => $"KMSInvalidStateException: {Arn} is updating.",
            _ => throw new ArgumentOutOfRangeException(nameof(footnote)),
        };

        // "n/a": a key of the kind the row serves cannot be in the state; if one is, it gets the state's usual refusal,
        // except that a key in a custom key store (Unavailable) can never have imported material (footnote 9).
        var naRefusal = new Dictionary<KeyState, int> { [KeyState.PendingImport] = 5, [KeyState.Unavailable] = 11 };

        // Footnote 9 ("if the key cannot have, or does not have, imported key material") applies to the import rows as a
        // whole, also in their plain OK cells (Updating; PendingImport, which only EXTERNAL keys reach).
        var importRow = operation is KmsOperation.ImportKeyMaterial or KmsOperation.DeleteImportedKeyMaterial or KmsOperation.GetParametersForImport;
        return cell switch
        {
            "OK" when importRow => cannotHaveImportedMaterial ? unsupported : "ok",
            "OK" => "ok",
            "OK [12]" => "deferred",
            "OK [9]" => cannotHaveImportedMaterial ? unsupported : "ok",
            "COND [7]" => importedMaterialOrCustomStore ? unsupported : "ok",
            "COND [9]" => cannotHaveImportedMaterial ? unsupported : "ok",
            "FAIL [1] or [7]" => importedMaterialOrCustomStore ? unsupported : Footnote(1),
            "FAIL [3] or [7]" => importedMaterialOrCustomStore ? unsupported : Footnote(3),
            "FAIL [8] or [9]" => cannotHaveImportedMaterial ? unsupported : Footnote(8),
            "n/a" when operation == KmsOperation.DeleteImportedKeyMaterial => unsupported,
            "n/a" => Footnote(naRefusal[state]),
            _ when cell.StartsWith("FAIL [", StringComparison.Ordinal) => Footnote(int.Parse(cell[6..^1], System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"Unexpected cell {cell}"),
        };
    }
}
