using KeyLifecycle.Errors;
using KeyLifecycle.Identifiers;
using KeyLifecycle.Protocol.Pipeline;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Pipeline;

/// <summary>The HTTP status of each error, which the protocol layer decides: KMS answers 400 for every client error.</summary>
public class StatusCodeTests
{
    private static readonly KeyArn s_arn = KeyArn.Parse("arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");

    public static TheoryData<IKmsError> DomainErrors() =>
    [
        NotFound.Key(s_arn),
        NotFound.InvalidKeyId("fake-key-id"),
        new MalformedArn("arn:aws:kms:us-east-1:111122223333:key"),
        new KeyDisabled(s_arn, KmsOperation.Encrypt),
        new InvalidKeyState(s_arn, KeyState.PendingDeletion, KmsOperation.EnableKey, InvalidStateReason.PendingDeletion),
        ValidationFailed.PendingWindowOutOfRange,
        AccessDenied.ToAccountRoot(KmsOperation.DisableKey, s_arn),
    ];

    [Theory]
    [MemberData(nameof(DomainErrors))]
    public void StatusCodeOf_DomainError_Is400(IKmsError error) => KmsResult.StatusCodeOf(error).ShouldBe(400);

    [Theory]
    [InlineData(ServiceFaultKind.DependencyTimeout, "DependencyTimeoutException", 503)]
    [InlineData(ServiceFaultKind.InternalError, "KMSInternalException", 500)]
    [InlineData(ServiceFaultKind.LimitExceeded, "LimitExceededException", 400)]
    [InlineData(ServiceFaultKind.Throttling, "ThrottlingException", 400)]
    public void ServiceFault_EveryKind_HasItsCodeAndStatus(ServiceFaultKind kind, string code, int status)
    {
        var fault = ServiceFault.Of(kind);

        fault.ErrorCode.ShouldBe(code);
        fault.HttpStatusCode.ShouldBe(status);
        KmsResult.StatusCodeOf(fault).ShouldBe(status);
        fault.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void StatusCodeOf_RequestTooLarge_Is413() => KmsResult.StatusCodeOf(new RequestTooLarge(1024)).ShouldBe(413);
}
