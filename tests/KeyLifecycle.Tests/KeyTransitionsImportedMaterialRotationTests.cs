using System;
using System.Linq;
using KeyLifecycle.Errors;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>
/// Several imported materials per key (ImportType, on-demand rotation of imported material, DeleteImportedKeyMaterial with
/// a KeyMaterialId), against the rules AWS documents for them since June 2025: the ImportKeyMaterial, DeleteImportedKeyMaterial,
/// RotateKeyOnDemand and ListKeyRotations pages of the KMS API reference and the model's member documentation (botocore
/// 1.43, kms/2014-11-01/service-2.json).
/// </summary>
public class KeyTransitionsImportedMaterialRotationTests
{
    private const string Single = LifecycleKeys.SingleRegionArn;
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;
    private static readonly KeyMaterialId s_first = LifecycleKeys.MaterialId;
    private static readonly KeyMaterialId s_second = LifecycleKeys.OtherMaterialId;
    private static readonly KeyMaterialId s_third = KeyMaterialId.Parse("c3" + new string('0', 62));

    [Fact]
    public void FirstImport_WithoutImportType_IsTheKeysCurrentMaterial()
    {
        // "If no key material has ever been imported into the KMS key, and this parameter is omitted, the parameter
        // defaults to NEW_KEY_MATERIAL." (ImportKeyMaterialRequest.ImportType)
        var key = Import(LifecycleKeys.External(), s_first).AsT0;

        key.State.ShouldBe(KeyState.Enabled);
        key.HasKeyMaterial.ShouldBeTrue();
        key.CurrentImportedMaterialId.ShouldBe(s_first);
        key.ImportedMaterials.Single().ShouldBe(new ImportedKeyMaterial(s_first, ImportState.Imported, ExpirationModel.KeyMaterialDoesNotExpire, null, null, PendingRotation: false));
    }

    [Fact]
    public void NewMaterial_IntoAKeyWithMaterial_WaitsForRotation_AndChangesNothingElse()
    {
        // "the key material is in PENDING_ROTATION state" until RotateKeyOnDemand; the key keeps its state and material.
        var key = Import(LifecycleKeys.External(), s_first).AsT0;
        key = KeyTransitions.DisableKey(key).AsT0;

        var withNew = Import(key, s_second, ImportType.NewKeyMaterial, expiresAt: s_now.AddDays(3), description: "next").AsT0;

        withNew.State.ShouldBe(KeyState.Disabled);
        withNew.CurrentImportedMaterialId.ShouldBe(s_first);
        withNew.ImportedMaterials.PendingRotation.ShouldBe(new ImportedKeyMaterial(s_second, ImportState.Imported, ExpirationModel.KeyMaterialExpires, s_now.AddDays(3), "next", PendingRotation: true));
        withNew.ExpirationModel.ShouldBe(ExpirationModel.KeyMaterialDoesNotExpire);   // only the key's own materials count
        withNew.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void SecondNewMaterial_WhileOneWaits_IsInvalidState()
    {
        var key = Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0;

        var refused = Import(key, s_third, ImportType.NewKeyMaterial).AsT2;

        refused.ErrorCode.ShouldBe("KMSInvalidStateException");
        refused.Message.ShouldBe($"{Single} already has key material pending rotation.");
    }

    [Fact]
    public void NewMaterial_ThatTheKeyHas_IsIncorrectKeyMaterial()
    {
        // IncorrectKeyMaterialException: "KMS expected new key material but the key material being imported is already
        // associated with the KMS key."
        var key = Import(LifecycleKeys.External(), s_first).AsT0;

        var refused = Import(key, s_first, ImportType.NewKeyMaterial).AsT4;

        refused.ErrorCode.ShouldBe("IncorrectKeyMaterialException");
        refused.Message.ShouldBe("The request was rejected because the key material in the request is, expired, invalid, or is not the same key material that was previously imported into this KMS key.");
    }

    [Fact]
    public void NewMaterial_WithAKeyMaterialId_IsValidationFailed() =>
        Import(LifecycleKeys.External(), s_first, ImportType.NewKeyMaterial, requested: s_first).AsT1.Message
            .ShouldBe("KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.");

    [Fact]
    public void CheckImport_DecidesTheOptions_WithoutTheBytes()
    {
        // A host checks these before it reads the import token and unwraps the bytes, so the material ID is not known yet.
        var unknownBytes = new KeyMaterialImport(default, ExpirationModel.KeyMaterialDoesNotExpire, null);
        var rsa = LifecycleKeys.External() with { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.EncryptDecrypt };

        KeyTransitions.CheckImport(LifecycleKeys.External(), unknownBytes with { RequestedMaterialId = s_first }, s_now).AsT1.Message
            .ShouldBe("KeyMaterialId cannot be specified when ImportType is NEW_KEY_MATERIAL.");
        KeyTransitions.CheckImport(rsa, unknownBytes with { Description = "d" }, s_now).AsT1.Message
            .ShouldBe("ImportType, KeyMaterialId and KeyMaterialDescription are supported only with symmetric encryption KMS keys.");
        KeyTransitions.CheckImport(Import(LifecycleKeys.External(), s_first).AsT0, unknownBytes with { RequestedMaterialId = s_first }, s_now).IsT0.ShouldBeTrue();
        KeyTransitions.CheckImport(LifecycleKeys.SingleRegion(), unknownBytes, s_now).AsT3.ErrorCode.ShouldBe("UnsupportedOperationException");
    }

    [Fact]
    public void ReImport_WithoutImportType_IsExistingMaterial_SoOtherBytesAreIncorrect()
    {
        // "After the first key material is imported, if this parameter is omitted then the parameter defaults to
        // EXISTING_KEY_MATERIAL."
        var key = Import(LifecycleKeys.External(), s_first).AsT0;

        Import(key, s_second).AsT4.ShouldBeSameAs(IncorrectKeyMaterial.Instance);
        Import(key, s_second, ImportType.ExistingKeyMaterial).AsT4.ShouldBeSameAs(IncorrectKeyMaterial.Instance);
        Import(LifecycleKeys.External(), s_first, ImportType.ExistingKeyMaterial).AsT4.ShouldBeSameAs(IncorrectKeyMaterial.Instance);
    }

    [Fact]
    public void ReImport_NamingAnotherMaterialThanTheBytes_IsIncorrectKeyMaterial()
    {
        // KeyMaterialId: KMS "computes the identifier for the key material, matches the computed identifier against the
        // specified key material ID".
        var key = Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0;

        Import(key, s_first, requested: s_second).AsT4.ShouldBeSameAs(IncorrectKeyMaterial.Instance);
        Import(key, s_first, requested: s_first).IsT0.ShouldBeTrue();
    }

    [Fact]
    public void ReImport_SetsTheExpiryAgain_AndKeepsTheDescriptionUnlessGiven()
    {
        var key = Import(LifecycleKeys.External(), s_first, expiresAt: s_now.AddDays(5), description: "first").AsT0;

        var again = Import(key, s_first).AsT0;
        var renamed = Import(key, s_first, description: "renamed").AsT0;

        again.ImportedMaterials[0].ShouldBe(new ImportedKeyMaterial(s_first, ImportState.Imported, ExpirationModel.KeyMaterialDoesNotExpire, null, "first", false));
        again.ValidTo.ShouldBeNull();
        renamed.ImportedMaterials[0].Description.ShouldBe("renamed");
    }

    [Theory]
    [InlineData(ImportType.NewKeyMaterial, false, null)]
    [InlineData(null, true, null)]
    [InlineData(null, false, "described")]
    public void ImportOptions_WithAnAsymmetricKey_AreValidationFailed(ImportType? importType, bool withId, string? description)
    {
        // "This parameter is optional and only usable with symmetric encryption keys." (ImportType, KeyMaterialId and
        // KeyMaterialDescription alike); the text is the project's.
        var rsa = LifecycleKeys.External() with { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.EncryptDecrypt };

        Import(rsa, s_first, importType, withId ? s_first : null, description: description).AsT1.Message
            .ShouldBe("ImportType, KeyMaterialId and KeyMaterialDescription are supported only with symmetric encryption KMS keys.");
        Import(rsa, s_first).AsT0.State.ShouldBe(KeyState.Enabled);
    }

    [Fact]
    public void RotateKeyOnDemand_MakesTheWaitingMaterialCurrent()
    {
        var key = Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0;

        var rotated = KeyTransitions.RotateKeyOnDemand(key, s_third, s_now.AddHours(1)).AsT0;

        rotated.CurrentImportedMaterialId.ShouldBe(s_second);
        rotated.Rotations.Single().ShouldBe(new KeyRotation(s_second, s_now.AddHours(1), RotationType.OnDemand));
        rotated.ImportedMaterials.PendingRotation.ShouldBeNull();
        rotated.ImportedMaterials.Select(material => material.KeyMaterialId).ShouldBe([s_first, s_second]);
        KeyTransitions.RotateKeyOnDemand(rotated, s_third, s_now).AsT1.Message.ShouldBe($"No available key material pending rotation for the key: {Single}.");
    }

    [Fact]
    public void DeletingANonCurrentMaterial_MakesTheKeyPendingImport_UntilTheSameBytesReturn()
    {
        // A material "permanently associated" with the key is needed for the key to be usable: deleting any of them
        // makes the key PendingImport; re-importing the same bytes (EXISTING_KEY_MATERIAL) restores it.
        var rotated = Rotated();

        var deleted = KeyTransitions.DeleteImportedKeyMaterial(rotated, s_first).AsT0;

        deleted.State.ShouldBe(KeyState.PendingImport);
        deleted.HasKeyMaterial.ShouldBeFalse();
        deleted.CurrentImportedMaterialId.ShouldBe(s_second);
        deleted.ImportedMaterials.Find(s_first).ShouldBe(new ImportedKeyMaterial(s_first, ImportState.PendingImport, null, null, null, false));
        Import(deleted, s_first).AsT0.State.ShouldBe(KeyState.Enabled);
        Import(deleted, s_third).AsT4.ShouldBeSameAs(IncorrectKeyMaterial.Instance);
    }

    [Fact]
    public void DeletingWithoutAnId_DeletesTheCurrentMaterial_AndTheKeyKeepsItsId()
    {
        var deleted = KeyTransitions.DeleteImportedKeyMaterial(Rotated()).AsT0;

        deleted.State.ShouldBe(KeyState.PendingImport);
        deleted.CurrentImportedMaterialId.ShouldBe(s_second);
        deleted.ImportedMaterials.Find(s_second)!.ImportState.ShouldBe(ImportState.PendingImport);
        deleted.ImportedMaterials.Find(s_first)!.ImportState.ShouldBe(ImportState.Imported);
        KeyTransitions.DeleteImportedKeyMaterial(deleted).AsT0.ShouldBeSameAs(deleted);
    }

    [Fact]
    public void DeletingTheWaitingMaterial_ForgetsIt_AndLeavesTheKeyAlone()
    {
        // Material pending rotation "is not permanently associated ... You can delete this key material and import
        // different key material in its place."
        var key = Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0;

        var deleted = KeyTransitions.DeleteImportedKeyMaterial(key, s_second).AsT0;

        deleted.State.ShouldBe(KeyState.Enabled);
        deleted.ImportedMaterials.Select(material => material.KeyMaterialId).ShouldBe([s_first]);
        Import(deleted, s_third, ImportType.NewKeyMaterial).AsT0.ImportedMaterials.PendingRotation!.KeyMaterialId.ShouldBe(s_third);
    }

    [Fact]
    public void Deleting_AMaterialTheKeyDoesNotHave_OrByIdWithAnAsymmetricKey_IsValidationFailed()
    {
        var key = Import(LifecycleKeys.External(), s_first).AsT0;
        var rsa = Import(LifecycleKeys.External() with { KeySpec = KeySpec.Rsa2048, KeyUsage = KeyUsage.EncryptDecrypt }, s_first).AsT0;

        KeyTransitions.DeleteImportedKeyMaterial(key, s_second).AsT1.Message.ShouldBe($"Key material {s_second} is not associated with {Single}.");
        KeyTransitions.DeleteImportedKeyMaterial(rsa, s_first).AsT1.Message
            .ShouldBe("ImportType, KeyMaterialId and KeyMaterialDescription are supported only with symmetric encryption KMS keys.");
        KeyTransitions.DeleteImportedKeyMaterial(rsa).AsT0.State.ShouldBe(KeyState.PendingImport);
    }

    [Fact]
    public void Expiry_OfAnyMaterialOfTheKey_MakesItPendingImport_OfTheWaitingOne_ForgetsIt()
    {
        var key = Import(LifecycleKeys.External(), s_first, expiresAt: s_now.AddDays(10)).AsT0;
        key = Import(key, s_second, ImportType.NewKeyMaterial, expiresAt: s_now.AddDays(2)).AsT0;
        key.ValidTo.ShouldBe(s_now.AddDays(10));

        var pendingGone = KeyTransitions.ExpireKeyMaterial(key, s_now.AddDays(2));
        pendingGone.State.ShouldBe(KeyState.Enabled);
        pendingGone.ImportedMaterials.Count.ShouldBe(1);

        var expired = KeyTransitions.ExpireKeyMaterial(pendingGone, s_now.AddDays(10));
        expired.State.ShouldBe(KeyState.PendingImport);
        expired.ImportedMaterials[0].ImportState.ShouldBe(ImportState.PendingImport);
        KeyTransitions.ExpireKeyMaterial(expired, s_now.AddDays(11)).ShouldBeSameAs(expired);
    }

    [Fact]
    public void ValidTo_OfTheKey_IsTheEarliestExpiryAmongItsMaterials()
    {
        // KeyMetadata.ValidTo: "the earliest time at which any imported key material permanently associated with this
        // KMS key expires".
        var key = Import(LifecycleKeys.External(), s_first, expiresAt: s_now.AddDays(30)).AsT0;
        key = KeyTransitions.RotateKeyOnDemand(Import(key, s_second, ImportType.NewKeyMaterial, expiresAt: s_now.AddDays(20)).AsT0, s_third, s_now).AsT0;

        key.ValidTo.ShouldBe(s_now.AddDays(20));
        key.ExpirationModel.ShouldBe(ExpirationModel.KeyMaterialExpires);
        Import(key, s_second).AsT0.ValidTo.ShouldBe(s_now.AddDays(30));
    }

    [Fact]
    public void Replica_KnowsItsPrimarysMaterialIds_AndTakesOnlyThoseBytes()
    {
        // "AWS KMS synchronizes the key material identifier from the primary key but you must import key material into
        // each replica key independently." (multi-region-keys-overview)
        var primary = Import(LifecycleKeys.Primary(KeyOrigin.External), s_first).AsT0;
        var replica = KeyTransitions.CompleteReplication(LifecycleKeys.Replicate(primary, LifecycleKeys.UsEast1).Replica);

        replica.State.ShouldBe(KeyState.PendingImport);
        replica.CurrentImportedMaterialId.ShouldBe(s_first);
        replica.ImportedMaterials.Single().ImportState.ShouldBe(ImportState.PendingImport);
        Import(replica, s_second).AsT4.ShouldBeSameAs(IncorrectKeyMaterial.Instance);
        Import(replica, s_first).AsT0.State.ShouldBe(KeyState.Enabled);
    }

    [Fact]
    public void ImportedKeyMaterials_HaveValueEquality_AndReadableText()
    {
        var one = Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0.ImportedMaterials;
        var same = Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0.ImportedMaterials;

        one.ShouldBe(same);
        one.GetHashCode().ShouldBe(same.GetHashCode());
        one.ShouldNotBe(ImportedKeyMaterials.Empty);
        one.ToString().ShouldBe($"[{s_first} IMPORTED, {s_second} IMPORTED pending rotation]");
        ImportedKeyMaterials.Empty.ToString().ShouldBe("[]");
    }

    private static KmsKey Rotated() =>
        KeyTransitions.RotateKeyOnDemand(Import(Import(LifecycleKeys.External(), s_first).AsT0, s_second, ImportType.NewKeyMaterial).AsT0, s_third, s_now).AsT0;

    private static OneOf.OneOf<KmsKey, ValidationFailed, InvalidKeyState, UnsupportedOperation, IncorrectKeyMaterial> Import(
        KmsKey key, KeyMaterialId material, ImportType? importType = null, KeyMaterialId? requested = null, DateTimeOffset? expiresAt = null, string? description = null) =>
        KeyTransitions.ImportKeyMaterial(
            key,
            new KeyMaterialImport(material, expiresAt is null ? ExpirationModel.KeyMaterialDoesNotExpire : ExpirationModel.KeyMaterialExpires, expiresAt)
            {
                ImportType = importType,
                RequestedMaterialId = requested,
                Description = description,
            },
            s_now);
}
