using System;
using KeyLifecycle.Protocol.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KeyLifecycle.Protocol;

/// <summary>Serves AWS KMS from any ASP.NET Core application.</summary>
public static class KmsEndpointRouteBuilderExtensions
{
    /// <summary>Serves the KMS API (AWS JSON 1.1, <c>X-Amz-Target: TrentService.&lt;Operation&gt;</c>) at <paramref name="pattern"/>.</summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="pattern">The path clients post to; <c>/</c> (the default) is where the AWS SDKs and CLI post when given the endpoint URL.</param>
    /// <returns>The endpoint's convention builder, to add metadata such as authorization.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException"><see cref="KmsServiceCollectionExtensions.AddKms"/> was not called, or <see cref="KmsOptions"/> is invalid.</exception>
    /// <remarks>
    /// The endpoint answers every HTTP method, so that a request other than a KMS call still gets an AWS error
    /// (<c>UnknownOperationException</c>) with a request ID. Keys live in the registered <see cref="Storage.IKmsKeyStore"/>.
    /// </remarks>
    public static IEndpointConventionBuilder MapKms(this IEndpointRouteBuilder endpoints, string pattern = "/")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var endpoint = endpoints.ServiceProvider.GetService<KmsEndpoint>()
            ?? throw new InvalidOperationException("MapKms needs the KMS services: call services.AddKms() when building the application.");
        return endpoints.Map(pattern, new RequestDelegate(endpoint.HandleAsync)).WithDisplayName("AWS KMS");
    }
}
