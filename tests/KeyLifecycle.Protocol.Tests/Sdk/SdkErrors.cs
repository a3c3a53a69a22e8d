using System;
using System.Threading.Tasks;
using Amazon.KeyManagementService;
using Shouldly;

namespace KeyLifecycle.Protocol.Tests.Sdk;

/// <summary>Asserts that an SDK call fails with the exception type, error code, status and literal message AWS sends.</summary>
internal static class SdkErrors
{
    public static async Task<TException> ShouldFailAsync<TException>(Func<Task> call, string errorCode, string message, int status = 400)
        where TException : AmazonKeyManagementServiceException
    {
        var error = await Should.ThrowAsync<TException>(call);
        error.GetType().ShouldBe(typeof(TException));
        error.ErrorCode.ShouldBe(errorCode);
        error.Message.ShouldBe(message);
        ((int)error.StatusCode).ShouldBe(status);
        error.RequestId.ShouldNotBeNullOrEmpty();
        return error;
    }
}
