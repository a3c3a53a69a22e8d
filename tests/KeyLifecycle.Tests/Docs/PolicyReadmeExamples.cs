using System.Collections.Generic;
using KeyLifecycle.Grants;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Policies;

namespace KeyLifecycle.Tests.Docs;

/// <summary>The README's key policy example, compiled and run by <see cref="ReadmeTests"/>.</summary>
internal static class PolicyReadmeExamples
{
    public static IReadOnlyList<string> KeyPolicies()
    {
        var lines = new List<string>();

        #region key-policies
        var key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        var policy = KeyPolicy.Parse("""
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/App"},"Action":"kms:Encrypt","Resource":"*"},
              {"Effect":"Deny","Principal":"*","Action":"kms:DisableKey","Resource":"*"}]}
            """).AsT0;
        var app = KmsPrincipal.Parse("arn:aws:sts::111122223333:assumed-role/App/worker");
        KmsGrant[] grants = [];

        foreach (var action in new[] { "kms:Encrypt", "kms:Decrypt", "kms:DisableKey" })
        {
            // The caller's IAM policies allow nothing here: only the key policy and grants can let it in.
            var request = PolicyRequest.Create(app, KmsAction.Parse(action), key, PolicyOutcome.ImplicitDeny);
            var answer = KeyPolicyEvaluator.Authorize(policy, grants, request);
            lines.Add(answer.TryPick(out _, out var denied) ? $"{action}: allowed" : denied.Message);
        }
        #endregion

        return lines;
    }
}
