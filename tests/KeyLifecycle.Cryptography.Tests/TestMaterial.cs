using System;
using System.Collections.Concurrent;

namespace KeyLifecycle.Cryptography.Tests;

/// <summary>Key material generated once per spec for the test run (RSA 4096 generation is slow).</summary>
internal static class TestMaterial
{
    private static readonly ConcurrentDictionary<KeySpec, byte[]> s_material = new();

    public static byte[] For(KeySpec spec) => s_material.GetOrAdd(spec, static s =>
        KeyMaterialGenerator.Generate(s).Match(bytes => bytes, error => throw new InvalidOperationException(error.Message)));
}
