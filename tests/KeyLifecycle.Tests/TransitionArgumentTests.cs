using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

/// <summary>The argument checks of the material and rotation transitions: a caller's bug is named at once, by parameter and reason.</summary>
public class TransitionArgumentTests
{
    private static readonly DateTimeOffset s_now = LifecycleKeys.Now;
    private static readonly KmsKey s_none = null!;

    [Fact]
    public void ImportedMaterialTransitions_WithNoKey_NameTheParameter()
    {
        var import = LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null);

        Should.Throw<ArgumentNullException>(() => KeyTransitions.ImportKeyMaterial(s_none, import, s_now)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ImportKeyMaterial(LifecycleKeys.External(), null!, s_now)).ParamName.ShouldBe("import");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.CheckImport(s_none, import, s_now)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.CheckImport(LifecycleKeys.External(), null!, s_now)).ParamName.ShouldBe("import");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.DeleteImportedKeyMaterial(s_none, null)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ExpireKeyMaterial(s_none, s_now)).ParamName.ShouldBe("key");
    }

    [Fact]
    public void NextChangeDue_WithNoKey_NamesTheParameter() =>
        Should.Throw<ArgumentNullException>(() => KeyTransitions.NextChangeDue(s_none)).ParamName.ShouldBe("key");

    [Fact]
    public void ImportKeyMaterial_OfNoMaterialIdOrAnUndefinedValue_Throws()
    {
        var key = LifecycleKeys.External();

        Should.Throw<ArgumentException>(() => KeyTransitions.ImportKeyMaterial(key, new KeyMaterialImport(default, ExpirationModel.KeyMaterialDoesNotExpire, null), s_now))
            .Message.ShouldStartWith("The material ID is the default value, which is not a key material ID.");
        Should.Throw<ArgumentOutOfRangeException>(() => KeyTransitions.ImportKeyMaterial(key, LifecycleKeys.Import(ExpirationModel.KeyMaterialDoesNotExpire, null) with { ImportType = (ImportType)7 }, s_now))
            .Message.ShouldStartWith("Not a defined ImportType value.");
        Should.Throw<ArgumentOutOfRangeException>(() => KeyTransitions.CheckImport(key, LifecycleKeys.Import((ExpirationModel)7, null), s_now))
            .Message.ShouldStartWith("Not a defined ExpirationModel value.");
    }

    [Fact]
    public void RotationTransitions_WithNoKey_NameTheParameter()
    {
        var rotation = new KeyRotation(LifecycleKeys.MaterialId, s_now, RotationType.OnDemand);

        Should.Throw<ArgumentNullException>(() => KeyTransitions.RotateKeyOnDemand(s_none, LifecycleKeys.MaterialId, s_now)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.IsRotationDue(s_none, s_now)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.PrimaryRotated(s_none, rotation, null)).ParamName.ShouldBe("replica");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.PrimaryRotated(LifecycleKeys.SingleRegion(), null!, null)).ParamName.ShouldBe("rotation");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.ListKeyRotations(s_none)).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => KeyTransitions.GetKeyRotationStatus(s_none)).ParamName.ShouldBe("key");
    }

    [Fact]
    public void Rotations_OfNoMaterialId_OrNotDue_SayWhy()
    {
        var key = KeyTransitions.EnableKeyRotation(LifecycleKeys.SingleRegion(), 90, s_now).AsT0;

        Should.Throw<ArgumentException>(() => KeyTransitions.RotateKeyOnDemand(key, default, s_now))
            .Message.ShouldStartWith("The new material's ID is the default value, which is not a key material ID.");
        Should.Throw<InvalidOperationException>(() => KeyTransitions.RotateAutomatically(key, LifecycleKeys.MaterialId, s_now))
            .Message.ShouldBe($"The automatic rotation of {key.Arn} is not due at {s_now:O}.");
        Should.Throw<ArgumentException>(() => KeyTransitions.RotateAutomatically(key, default, s_now.AddDays(90)))
            .Message.ShouldStartWith("The new material's ID is the default value, which is not a key material ID.");
        Should.Throw<ArgumentException>(() => KmsKey.Create(default, s_now))
            .Message.ShouldStartWith("The key ARN is the default value, which is not a key ARN.");
    }

    [Fact]
    public void ImportedKeyMaterials_Edges()
    {
        var imported = LifecycleKeys.Imported(LifecycleKeys.External());
        var deleted = KeyTransitions.DeleteImportedKeyMaterial(imported).AsT0;

        ImportedKeyMaterials.Empty.AreAllImported.ShouldBeFalse();
        imported.ImportedMaterials.Equals(null).ShouldBeFalse();
        imported.ImportedMaterials.GetHashCode().ShouldNotBe(deleted.ImportedMaterials.GetHashCode());
        deleted.ImportedMaterials.ToString().ShouldBe($"[{LifecycleKeys.MaterialId} PENDING_IMPORT]");
    }
}
