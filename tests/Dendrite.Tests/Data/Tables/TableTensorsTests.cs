using Dendrite.Data.Tables;
using Dendrite.Tensors;

namespace Dendrite.Tests.Data.Tables;

public class TableTensorsTests
{
    [Fact]
    public void Numeric_and_boolean_columns_become_a_row_major_matrix()
    {
        var t = new DataTable([new NumericColumn("a", [1.5, -2]), new BooleanColumn("b", [true, false])]);

        Tensor x = t.ToTensor();
        Tensor d = t.ToTensor(DType.Float64);

        Assert.Equal(new Shape(2, 2), x.Shape);
        Assert.Equal([1.5f, 1f, -2f, 0f], x.ToArray());
        Assert.Equal(DType.Float64, d.DType);
        Assert.Equal([1.5, 1, -2, 0], d.ToDoubleArray());
        Assert.Equal([1f, 0f], t["b"].ToFloatArray());
    }

    [Fact]
    public void Missing_values_and_categorical_columns_are_refused_by_name()
    {
        var missing = new DataTable([new NumericColumn("income", [1, double.NaN, double.NaN])]);
        var text = new DataTable([new CategoricalColumn("home", ["rent"])]);

        Assert.StartsWith("Column 'income' has 2 missing values (the first in row 1); expected none",
            Assert.Throws<ArgumentException>(() => missing.ToTensor()).Message);
        Assert.StartsWith("Column 'home' is categorical; expected a numeric or boolean column",
            Assert.Throws<ArgumentException>(() => text.ToTensor()).Message);
    }
}
