using System;
using System.Linq;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Operations;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Operations;

/// <summary>
/// Import sessions: at most <see cref="ImportSessions.MaxLivePerKey"/> per key, the oldest dropped for a newer one, and
/// expired ones gone. AWS documents no limit and no supersession ("Each public key and import token set is valid for 24
/// hours", API_GetParametersForImport); the bound is the project's, so that a loop of calls cannot grow the process.
/// A dropped token is then one the endpoint does not know, which ImportKeyMaterial answers with
/// <c>InvalidImportTokenException</c> through the AWS SDK (<see cref="Sdk.LifecycleTests"/>).
/// </summary>
public class ImportSessionsTests
{
    private static readonly KeyArn s_key = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
    private static readonly KeyArn s_other = KeyArn.Parse("arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static readonly DateTimeOffset s_now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly WrappingKeyPair s_pair = new([1, 2, 3], [4, 5, 6]);

    [Fact]
    public void AKeysOldestSession_GivesWayToItsNewest_AndOtherKeysKeepTheirs()
    {
        var sessions = new ImportSessions();
        var other = sessions.Issue(s_other, "RSAES_OAEP_SHA_256", s_pair, s_now).Token;
        var tokens = Enumerable.Range(0, ImportSessions.MaxLivePerKey + 1)
            .Select(i => sessions.Issue(s_key, "RSAES_OAEP_SHA_256", s_pair, s_now.AddSeconds(i)).Token)
            .ToList();

        sessions.Find(tokens[0]).ShouldBeNull();
        tokens.Skip(1).ShouldAllBe(token => sessions.Find(token) != null && sessions.Find(token)!.KeyArn == s_key);
        sessions.Find(other)!.KeyArn.ShouldBe(s_other);
        sessions.Count.ShouldBe(ImportSessions.MaxLivePerKey + 1);
    }

    [Fact]
    public void ExpiredSessions_AreGone_WhenTheNextIsIssued()
    {
        var sessions = new ImportSessions();
        var old = sessions.Issue(s_key, "RSAES_OAEP_SHA_256", s_pair, s_now).Token;

        var fresh = sessions.Issue(s_other, "RSAES_OAEP_SHA_256", s_pair, s_now + ImportSessions.Lifetime).Token;

        sessions.Find(old).ShouldBeNull();
        sessions.Find(fresh).ShouldNotBeNull();
        sessions.Count.ShouldBe(1);
    }
}
