using Dendrite.Training.Callbacks;

namespace Dendrite.Tests.Training.Callbacks;

public sealed class PythonFloatTests
{
    // Expected strings are CPython 3's repr() of the same doubles.
    [Theory]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0, "1.0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.25, "0.25")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(1.5e-07, "1.5e-07")]
    [InlineData(0.00010000000000000002, "0.00010000000000000002")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(0.10000000149011612, "0.10000000149011612")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.2345e20, "1.2345e+20")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Repr_matches_python(double value, string expected)
    {
        Assert.Equal(expected, PythonFloat.Repr(value));
    }

    [Theory]
    [InlineData(0.1f)]
    [InlineData(0.23456789f)]
    [InlineData(1e-7f)]
    [InlineData(3.4e38f)]
    public void Repr_round_trips(float value)
    {
        Assert.Equal((double)value, double.Parse(PythonFloat.Repr(value), System.Globalization.CultureInfo.InvariantCulture));
    }
}
