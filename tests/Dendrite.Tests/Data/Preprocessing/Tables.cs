// Small tables for the preprocessing tests, built in code.
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

internal static class Tables
{
    public static NumericColumn Num(string name, params double[] values) => new(name, values);

    public static CategoricalColumn Cat(string name, params string?[] values) => new(name, values);

    public static BooleanColumn Bool(string name, params bool?[] values) => new(name, values);

    public static DataTable Of(params DataColumn[] columns) => new(columns);

    public static double[] Values(DataTable table, string column) => ((NumericColumn)table[column]).Values.ToArray();

    public static void Near(double[] expected, double[] actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance || (double.IsNaN(expected[i]) && double.IsNaN(actual[i])), $"at {i}: expected {expected[i]}, received {actual[i]}");
        }
    }
}
