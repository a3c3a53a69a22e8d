using FsCheck.Xunit;
using Xunit;

namespace KeyLifecycle.Protocol.Tests.Storage;

/// <summary>A test of the store contract: run for every store, and skipped only where the store under test has no server (PostgreSQL on a machine without it).</summary>
public sealed class StoreFactAttribute : FactAttribute
{
    public StoreFactAttribute() => Skip = StoreUnderTest.SkipReason;
}

/// <summary>A property of the store contract, skipped as <see cref="StoreFactAttribute"/> is.</summary>
public sealed class StorePropertyAttribute : PropertyAttribute
{
    public StorePropertyAttribute() => Skip = StoreUnderTest.SkipReason;
}

/// <summary>Why the store under test cannot run here, or <see langword="null"/>. This file is compiled into each store's test project.</summary>
internal static class StoreUnderTest
{
#if POSTGRES_STORE_TESTS
    public static string? SkipReason => KeyLifecycle.Storage.PostgreSql.Tests.PostgresServer.SkipReason;
#else
    public static string? SkipReason => null;
#endif
}
