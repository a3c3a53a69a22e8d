using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

// BackingKeyIdType: "min": 64, "max": 64, "pattern": "^[a-f0-9]+$" (botocore botocore/data/kms/2014-11-01/service-2.json).
public sealed class KeyMaterialIdTests
{
    private const string Example = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Parse_Of64LowerHexDigits_KeepsTheText() => KeyMaterialId.Parse(Example).ToString().ShouldBe(Example);

    [Theory]
    [InlineData("0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0")]
    [InlineData("g123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public void TryParse_OfOtherText_IsFalse(string text)
    {
        KeyMaterialId.TryParse(text, out var result).ShouldBeFalse();
        result.ShouldBe(default);
        Should.Throw<FormatException>(() => KeyMaterialId.Parse(text));
    }

    [Fact]
    public void FromBytes_ThenWriteBytes_RoundTrips()
    {
        var bytes = Convert.FromHexString(Example);
        var id = KeyMaterialId.FromBytes(bytes);
        var written = new byte[32];

        id.WriteBytes(written);

        id.ShouldBe(KeyMaterialId.Parse(Example));
        written.ShouldBe(bytes);
    }

    [Fact]
    public void Default_IsEmpty_AndHasNoBytes()
    {
        default(KeyMaterialId).ToString().ShouldBe(string.Empty);
        Should.Throw<InvalidOperationException>(() => default(KeyMaterialId).WriteBytes(new byte[32]));
        Should.Throw<ArgumentException>(() => KeyMaterialId.FromBytes(new byte[31]));
        Should.Throw<ArgumentException>(() => KeyMaterialId.Parse(Example).WriteBytes(new byte[31]));
    }
}
