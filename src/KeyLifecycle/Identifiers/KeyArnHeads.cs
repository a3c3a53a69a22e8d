using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Threading;

namespace KeyLifecycle.Identifiers;

/// <summary>
/// The validated heads of key ARNs seen before, <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account-id&gt;:</c>, with
/// their parts, so a key ARN of a known account and Region is parsed without checking them again or allocating them.
/// </summary>
/// <remarks>
/// A small direct-mapped table: a head hashes to one slot, which holds the last head validated for that slot. A hit is
/// an ordinal comparison of the head with the slot's; a miss validates the head in full and takes the slot. Entries are
/// immutable and reference writes atomic, so concurrent callers at worst validate a head twice; the table never grows.
/// </remarks>
internal static class KeyArnHeads
{
    private const int SlotCount = 256;

    // The head ends with ":<12 digits>:", so the digits, and the Region's last character before them, are at fixed
    // places from its end.
    private const int AccountFromEnd = AwsAccountId.Length + 1;

    private static readonly Head?[] s_slots = new Head?[SlotCount];

    /// <summary>Finds or validates a head, which must end with <c>:&lt;12 characters&gt;:</c>.</summary>
    /// <param name="head">Everything before <c>key/</c>; its length is more than 14.</param>
    /// <param name="found">The head's parts, when it is valid.</param>
    /// <returns><see langword="true"/> when the head is a valid partition, <c>kms</c>, Region and account.</returns>
    public static bool TryGet(ReadOnlySpan<char> head, [NotNullWhen(true)] out Head? found)
    {
        var slot = Slot(head);
        found = Volatile.Read(ref s_slots[slot]);
        if (found is not null && head.SequenceEqual(found.Text))
        {
            return true;
        }

        found = Validate(head);
        if (found is null)
        {
            return false;
        }

        Volatile.Write(ref s_slots[slot], found);
        return true;
    }

    // arn:<partition>:kms:<region>:<account>: with each field checked as KmsArnLayout checks it.
    private static Head? Validate(ReadOnlySpan<char> head)
    {
        const string ArnPrefix = "arn:";
        const string ServiceField = ":kms:";
        if (!head.StartsWith(ArnPrefix))
        {
            return null;
        }

        var partitionLength = head[ArnPrefix.Length..].IndexOf(':');
        var regionStart = ArnPrefix.Length + partitionLength + ServiceField.Length;
        var regionEnd = head.Length - AccountFromEnd - 1;
        if (partitionLength < 0
            || regionStart > regionEnd
            || !AwsPartition.TryGetKnown(head.Slice(ArnPrefix.Length, partitionLength), out var partition)
            || !head[(ArnPrefix.Length + partitionLength)..regionStart].SequenceEqual(ServiceField))
        {
            return null;
        }

        var region = head[regionStart..regionEnd];
        var account = head.Slice(regionEnd + 1, AwsAccountId.Length);
        if (!AwsRegion.IsWellFormed(region) || !partition.ContainsWellFormedCode(region) || !AwsAccountId.IsWellFormed(account))
        {
            return null;
        }

        return new Head(head.ToString(), partition, AwsRegion.FromChecked(region.ToString()), AwsAccountId.FromChecked(account.ToString()));
    }

    // Mixes the account's 24 bytes with the head's length and the Region's last digit; the slot is the top byte.
    private static int Slot(ReadOnlySpan<char> head)
    {
        var account = MemoryMarshal.AsBytes(head.Slice(head.Length - AccountFromEnd, AwsAccountId.Length));
        var mixed = MemoryMarshal.Read<ulong>(account)
            ^ BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(account[8..]), 21)
            ^ BitOperations.RotateLeft(MemoryMarshal.Read<ulong>(account[16..]), 42)
            ^ ((ulong)head.Length << 48)
            ^ head[head.Length - AccountFromEnd - 2];
        return (int)((mixed * 0x9E3779B97F4A7C15UL) >> 56);
    }

    /// <summary>A validated head and its parts.</summary>
    /// <param name="Text">The head, <c>arn:&lt;partition&gt;:kms:&lt;region&gt;:&lt;account-id&gt;:</c>.</param>
    /// <param name="Partition">The partition.</param>
    /// <param name="Region">The Region.</param>
    /// <param name="AccountId">The account ID.</param>
    internal sealed record Head(string Text, AwsPartition Partition, AwsRegion Region, AwsAccountId AccountId);
}
