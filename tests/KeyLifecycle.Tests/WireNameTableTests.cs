using System;
using Shouldly;
using Xunit;

namespace KeyLifecycle.Tests;

public sealed class WireNameTableTests
{
    internal enum Color
    {
        Red,
        Green,
        Blue,
    }

    private static WireNameTable<Color> Colors() => new([("RED", Color.Red), ("GREEN", Color.Green), ("BLUE", Color.Blue)]);

    [Fact]
    public void Table_ReadsBothDirectionsAndListsTheNamesInValueOrder()
    {
        var table = new WireNameTable<Color>([("BLUE", Color.Blue), ("RED", Color.Red), ("GREEN", Color.Green)]);

        table.Names.ToArray().ShouldBe(["RED", "GREEN", "BLUE"]);
        table.NameOf(Color.Green).ShouldBe("GREEN");
        table.TryParse("BLUE", out var blue).ShouldBeTrue();
        blue.ShouldBe(Color.Blue);
    }

    [Theory]
    [InlineData("blue")]
    [InlineData("BLUE ")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingButAnExactSpelling_IsFalseWithTheDefault(string? name)
    {
        Colors().TryParse(name, out var value).ShouldBeFalse();
        value.ShouldBe(default);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void IsDefined_IsTheValuesOfTheTable(int value, bool defined) => Colors().IsDefined((Color)value).ShouldBe(defined);

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void NameOf_AnUndefinedValue_Throws(int value)
    {
        var exception = Should.Throw<ArgumentOutOfRangeException>(() => Colors().NameOf((Color)value));

        exception.ParamName.ShouldBe("value");
        exception.Message.ShouldStartWith("Not a defined Color value.");
    }

    [Fact]
    public void Constructor_AValueTwice_Throws() =>
        Should.Throw<InvalidOperationException>(() => new WireNameTable<Color>([("RED", Color.Red), ("GREEN", Color.Green), ("AGAIN", Color.Red)]))
            .Message.ShouldBe("The wire names of Color must list the values 0..2 once each; Red is 0.");

    [Fact]
    public void Constructor_AValueOutsideTheTable_Throws() =>
        Should.Throw<InvalidOperationException>(() => new WireNameTable<Color>([("RED", Color.Red), ("BLUE", Color.Blue)]))
            .Message.ShouldBe("The wire names of Color must list the values 0..1 once each; Blue is 2.");

    [Fact]
    public void Constructor_ANegativeValue_Throws() =>
        Should.Throw<InvalidOperationException>(() => new WireNameTable<Color>([("NONE", (Color)(-1))]))
            .Message.ShouldBe("The wire names of Color must list the values 0..0 once each; -1 is -1.");
}
