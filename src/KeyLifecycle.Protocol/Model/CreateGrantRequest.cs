using System.Collections.Generic;
using KeyLifecycle.Grants;

namespace KeyLifecycle.Protocol.Model;

/// <summary>The input of <c>CreateGrant</c>.</summary>
internal sealed class CreateGrantRequest : IValidatedKmsRequest<ValidCreateGrantRequest>
{
    private static readonly string[] s_operationValues = OperationValues();

    public string? KeyId { get; init; }

    public string? GranteePrincipal { get; init; }

    public string? RetiringPrincipal { get; init; }

    public IReadOnlyList<string?>? Operations { get; init; }

    public GrantConstraintsModel? Constraints { get; init; }

    public IReadOnlyList<string?>? GrantTokens { get; init; }

    public string? Name { get; init; }

    public bool? DryRun { get; init; }

    public KmsOutcome<ValidCreateGrantRequest> Validate()
    {
        var validator = new ModelValidator()
            .Required("keyId", KeyId).Length("keyId", KeyId, Shapes.KeyIdMin, Shapes.KeyIdMax)
            .Required("granteePrincipal", GranteePrincipal).Length("granteePrincipal", GranteePrincipal, Shapes.PrincipalMin, Shapes.PrincipalMax)
            .Pattern("granteePrincipal", GranteePrincipal, Shapes.Principal(), Shapes.PrincipalPattern)
            .Length("retiringPrincipal", RetiringPrincipal, Shapes.PrincipalMin, Shapes.PrincipalMax)
            .Pattern("retiringPrincipal", RetiringPrincipal, Shapes.Principal(), Shapes.PrincipalPattern)
            .Required("operations", Operations);
        var operations = new List<GrantOperation>();
        for (var i = 0; Operations is not null && i < Operations.Count; i++)
        {
            var member = $"operations.{i + 1}.member";
            validator.Required(member, Operations[i]).Enum(member, Operations[i], s_operationValues);
            if (GrantOperations.TryParse(Operations[i], out var operation))
            {
                operations.Add(operation);
            }
        }

        validator
            .StringMap("constraints.encryptionContextSubset", Constraints?.EncryptionContextSubset)
            .StringMap("constraints.encryptionContextEquals", Constraints?.EncryptionContextEquals)
            .GrantTokens(GrantTokens)
            .Length("name", Name, Shapes.GrantNameMin, Shapes.GrantNameMax)
            .Pattern("name", Name, Shapes.GrantName(), Shapes.GrantNamePattern);
        return validator.Valid<ValidCreateGrantRequest>(KeyId is { } keyId && GranteePrincipal is { } grantee && Operations is not null
            ? new ValidCreateGrantRequest(keyId, grantee, RetiringPrincipal, operations, Constraints?.EncryptionContextEquals, Constraints?.EncryptionContextSubset, Name, DryRun)
            : null);
    }

    private static string[] OperationValues()
    {
        var values = new List<string>();
        for (var operation = GrantOperation.Decrypt; operation <= GrantOperation.DeriveSharedSecret; operation++)
        {
            values.Add(operation.ToWireName());
        }

        return [.. values];
    }
}
