using System;
using KeyLifecycle.Protocol.Pipeline;
using KeyLifecycle.Protocol.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KeyLifecycle.Protocol;

/// <summary>Registers the services <see cref="KmsEndpointRouteBuilderExtensions.MapKms"/> serves KMS with.</summary>
public static class KmsServiceCollectionExtensions
{
    /// <summary>Adds the KMS endpoint, an in-memory <see cref="IKmsKeyStore"/> and the system clock, unless already registered, and the hosted service that applies what falls due on time.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets <see cref="KmsOptions"/>; <see langword="null"/> keeps the defaults and any configuration bound elsewhere.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Register an <see cref="IKmsKeyStore"/> or a <see cref="TimeProvider"/> before or after this call to replace the
    /// defaults (a test passes a fake clock this way); the last registration wins.
    /// </remarks>
    public static IServiceCollection AddKms(this IServiceCollection services, Action<KmsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<KmsOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IKmsKeyStore, InMemoryKmsKeyStore>();
        services.TryAddSingleton<KmsEndpoint>();
        services.AddHostedService<KmsScheduler>();
        return services;
    }
}
