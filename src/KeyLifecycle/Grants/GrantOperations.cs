using System;
using System.Diagnostics.CodeAnalysis;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Grants;

/// <summary>Converts <see cref="GrantOperation"/> to and from its wire spelling and to the action it allows.</summary>
/// <remarks>Every conversion is a <see langword="switch"/>: no reflection.</remarks>
public static class GrantOperations
{
    /// <summary>Returns the wire spelling of <paramref name="operation"/>, such as <c>GenerateDataKey</c>.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The spelling.</returns>
    /// <exception cref="System.Runtime.CompilerServices.SwitchExpressionException"><paramref name="operation"/> is not a defined member.</exception>
    public static string ToWireName(this GrantOperation operation) => operation switch
    {
        GrantOperation.Decrypt => "Decrypt",
        GrantOperation.Encrypt => "Encrypt",
        GrantOperation.GenerateDataKey => "GenerateDataKey",
        GrantOperation.GenerateDataKeyWithoutPlaintext => "GenerateDataKeyWithoutPlaintext",
        GrantOperation.ReEncryptFrom => "ReEncryptFrom",
        GrantOperation.ReEncryptTo => "ReEncryptTo",
        GrantOperation.Sign => "Sign",
        GrantOperation.Verify => "Verify",
        GrantOperation.GetPublicKey => "GetPublicKey",
        GrantOperation.CreateGrant => "CreateGrant",
        GrantOperation.RetireGrant => "RetireGrant",
        GrantOperation.DescribeKey => "DescribeKey",
        GrantOperation.GenerateDataKeyPair => "GenerateDataKeyPair",
        GrantOperation.GenerateDataKeyPairWithoutPlaintext => "GenerateDataKeyPairWithoutPlaintext",
        GrantOperation.GenerateMac => "GenerateMac",
        GrantOperation.VerifyMac => "VerifyMac",
        GrantOperation.DeriveSharedSecret => "DeriveSharedSecret",
    };

    /// <summary>Reads a grant operation from its wire spelling.</summary>
    /// <param name="wireName">The spelling, case-sensitive.</param>
    /// <param name="operation">The operation, or the default value.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> names a grant operation.</returns>
    public static bool TryParse([NotNullWhen(true)] string? wireName, out GrantOperation operation)
    {
        for (var candidate = GrantOperation.Decrypt; candidate <= GrantOperation.DeriveSharedSecret; candidate++)
        {
            if (string.Equals(candidate.ToWireName(), wireName, StringComparison.Ordinal))
            {
                operation = candidate;
                return true;
            }
        }

        operation = default;
        return false;
    }

    /// <summary>Returns the grant operation that allows <paramref name="action"/>, if any.</summary>
    /// <param name="action">The action, such as <c>kms:Decrypt</c>.</param>
    /// <param name="operation">The grant operation, or the default value.</param>
    /// <returns><see langword="true"/> when a grant can allow <paramref name="action"/>.</returns>
    public static bool TryGetFor(KmsAction action, out GrantOperation operation)
    {
        var text = action.ToString();
        var name = text.AsSpan(text.IndexOf(':', StringComparison.Ordinal) + 1);
        for (var candidate = GrantOperation.Decrypt; candidate <= GrantOperation.DeriveSharedSecret; candidate++)
        {
            if (name.SequenceEqual(candidate.ToWireName()))
            {
                operation = candidate;
                return true;
            }
        }

        operation = default;
        return false;
    }

    /// <summary>Returns whether a grant's encryption-context constraints can apply to <paramref name="operation"/>: those of the cryptographic operations that take an encryption context.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns><see langword="true"/> for the symmetric cryptographic operations and the data key pair operations.</returns>
    /// <remarks>See <see href="https://docs.aws.amazon.com/kms/latest/developerguide/create-grant-overview.html#grant-constraints">Using grant constraints</see>.</remarks>
    public static bool TakesEncryptionContext(this GrantOperation operation) => operation is GrantOperation.Decrypt
        or GrantOperation.Encrypt or GrantOperation.GenerateDataKey or GrantOperation.GenerateDataKeyWithoutPlaintext
        or GrantOperation.ReEncryptFrom or GrantOperation.ReEncryptTo or GrantOperation.GenerateDataKeyPair
        or GrantOperation.GenerateDataKeyPairWithoutPlaintext;
}
