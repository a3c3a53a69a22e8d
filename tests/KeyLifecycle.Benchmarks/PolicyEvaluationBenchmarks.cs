using System;
using BenchmarkDotNet.Attributes;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Benchmarks;

/// <summary>Key policy evaluation per request, beside the floor of a bare key-state rules lookup measured in the same run.</summary>
/// <remarks>The default key policy must cost no allocation: it is recognized when parsed and decided without walking its statement.</remarks>
[MemoryDiagnoser]
public class PolicyEvaluationBenchmarks
{
    private static readonly KeyArn s_key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KmsGrant[] s_noGrants = [];
    private readonly KmsKey _enabled = KmsKey.Create(s_key, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly KeyPolicy _default = KeyPolicy.CreateDefault(AwsPartition.Aws, AwsAccountId.Parse("111122223333"));
    private readonly KeyPolicy _custom = KeyPolicy.Parse("""
        {"Version":"2012-10-17","Statement":[
          {"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
          {"Sid":"Allow use of the key","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/Encryptor"},"Action":["kms:Encrypt","kms:Decrypt","kms:ReEncrypt*","kms:GenerateDataKey*","kms:DescribeKey"],"Resource":"*",
           "Condition":{"StringEquals":{"kms:CallerAccount":"111122223333"},"ForAnyValue:StringEquals":{"kms:EncryptionContextKeys":"purpose"}}},
          {"Sid":"Deny disabling","Effect":"Deny","Principal":"*","Action":"kms:DisableKey","Resource":"*"}]}
        """).AsT0;

    private readonly PolicyRequest _rootDescribe = PolicyRequest.Create(
        KmsPrincipal.Parse("arn:aws:iam::111122223333:root"), KmsAction.For(KmsOperation.DescribeKey), s_key, PolicyOutcome.Allow);

    private readonly PolicyRequest _roleDescribe = PolicyRequest.Create(
        KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/Encryptor/worker"), KmsAction.For(KmsOperation.DescribeKey), s_key, PolicyOutcome.ImplicitDeny);

    [Benchmark(Baseline = true, Description = "Floor: KeyStateRules.Check(DescribeKey, Enabled key)")]
    public int Floor() => KeyStateRules.Check(KmsOperation.DescribeKey, _enabled).Index;

    [Benchmark(Description = "Evaluate(default policy, root, DescribeKey)")]
    public PolicyDecision DefaultRoot() => KeyPolicyEvaluator.Evaluate(_default, s_noGrants, _rootDescribe);

    [Benchmark(Description = "Evaluate(default policy, role session, DescribeKey), refused")]
    public PolicyDecision DefaultRoleRefused() => KeyPolicyEvaluator.Evaluate(_default, s_noGrants, _roleDescribe);

    [Benchmark(Description = "Evaluate(3-statement policy with conditions, role session, DescribeKey)")]
    public PolicyDecision CustomRole() => KeyPolicyEvaluator.Evaluate(_custom, s_noGrants, _roleDescribe);
}
