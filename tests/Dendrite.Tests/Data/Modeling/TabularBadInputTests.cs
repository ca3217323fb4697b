// Bad input to tabular preprocessing and prediction (issue 6, section 4): each gives a specific exception whose
// message names the column (and row and value) and says what was expected.
using Dendrite.Data.Modeling;
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;

namespace Dendrite.Tests.Data.Modeling;

public sealed class TabularBadInputTests
{
    private static readonly DataTable s_train = LoanTables.Create(30, seed: 11);

    [Fact]
    public void Columns_that_differ_from_the_training_schema_are_named()
    {
        TabularPreprocessor prep = TabularPreprocessor.Fit(s_train, "Status");
        DataTable rows = LoanTables.Raw().Drop("Age", "Home").With(new NumericColumn("Salary", [1, 2, 3, 4]));
        var e = Assert.Throws<PreprocessingException>(() => prep.TransformFeatures(rows));
        Assert.Equal("The table does not have the training columns: missing Age, Home; unexpected Salary. The model was trained on Income, Age, Home, Married.", e.Message);
        Assert.Equal("Age", e.Column);
    }

    [Fact]
    public void Text_in_a_column_that_was_numeric_in_training_is_named_with_row_and_value()
    {
        TabularPreprocessor prep = TabularPreprocessor.Fit(s_train, "Status");
        DataTable rows = LoanTables.Raw().With(new CategoricalColumn("Income", ["12.5", null, "lots", "40"]));
        var e = Assert.Throws<PreprocessingException>(() => prep.TransformFeatures(rows));
        Assert.Equal("Column 'Income' was numeric in training, but row 2 holds the categorical value 'lots'.", e.Message);
        // Text that is all numbers is read as numbers.
        DataTable numbersAsText = LoanTables.Raw().With(new CategoricalColumn("Income", ["12.5", null, "30", "40"]));
        Assert.Equal(prep.TransformFeatures(LoanTables.Raw().With(new NumericColumn("Income", [12.5, double.NaN, 30, 40]))).ToArray(), prep.TransformFeatures(numbersAsText).ToArray());
    }

    [Fact]
    public void An_unseen_category_is_ignored_by_default_and_named_when_the_encoder_says_Error()
    {
        DataTable x = s_train.Drop("Status");
        Assert.Equal(4, TabularPreprocessor.Fit(s_train, "Status").TransformFeatures(LoanTables.Raw()).Shape[0]);
        TabularPreprocessor strict = TabularPreprocessor.Fit(s_train, "Status", features: ColumnTransformer.FromTable(x, handleUnknown: HandleUnknown.Error));
        var e = Assert.Throws<PreprocessingException>(() => strict.TransformFeatures(LoanTables.Raw()));
        Assert.Equal("Home", e.Column);
        Assert.StartsWith("OneHotEncoder: column 'Home' has the category 'castle' in row 1, which was not seen in training (known: own, parents, rent).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_with_one_class_is_refused_at_fit_time()
    {
        DataTable oneClass = s_train.With(new CategoricalColumn("Status", [.. Enumerable.Repeat("good", s_train.RowCount)]));
        var e = Assert.Throws<ArgumentException>(() => TabularPreprocessor.Fit(oneClass, "Status"));
        Assert.StartsWith("The target 'Status' has only one class ('good') in the 30 training rows; a classifier needs at least two.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_column_that_does_not_exist_is_named_with_the_columns_there_are()
    {
        var e = Assert.Throws<ArgumentException>(() => TabularPreprocessor.Fit(s_train, "Default"));
        Assert.StartsWith("The target column 'Default' does not exist in the table; the columns are Income, Age, Home, Married, Status.", e.Message, StringComparison.Ordinal);
        var missingTarget = Assert.Throws<PreprocessingException>(() => TabularPreprocessor.Fit(s_train, "Status").TransformTargets(LoanTables.Raw()));
        Assert.Equal("The table lacks the target column(s) Status; the columns are Income, Age, Home, Married.", missingTarget.Message);
    }

    [Fact]
    public void An_all_missing_column_is_named_at_fit_time()
    {
        DataTable empty = s_train.With(new NumericColumn("Age", [.. Enumerable.Repeat(double.NaN, s_train.RowCount)]));
        var e = Assert.Throws<ArgumentException>(() => TabularPreprocessor.Fit(empty, "Status"));
        Assert.Equal("SimpleImputer(Median): column 'Age' is missing in all 30 training rows, so there is no value to learn; drop the column or use ImputeStrategy.Constant.", e.Message);
    }

    [Fact]
    public void Infinite_numbers_are_named_at_fit_and_predict_time()
    {
        double[] income = [.. ((NumericColumn)s_train["Income"]).Values];
        income[6] = double.PositiveInfinity;
        var fit = Assert.Throws<PreprocessingException>(() => TabularPreprocessor.Fit(s_train.With(new NumericColumn("Income", income)), "Status"));
        Assert.Equal("Column 'Income' holds Infinity in row 6; numeric values must be finite (leave a cell empty for a missing value).", fit.Message);
        TabularPreprocessor prep = TabularPreprocessor.Fit(s_train, "Status");
        var predict = Assert.Throws<PreprocessingException>(() => prep.TransformFeatures(LoanTables.Raw().With(new NumericColumn("Age", [1, double.NegativeInfinity, 3, 4]))));
        Assert.Equal("Column 'Age' holds -Infinity in row 1; numeric values must be finite (leave a cell empty for a missing value).", predict.Message);
    }

    [Fact]
    public void Missing_target_values_and_unseen_target_labels_are_named()
    {
        var missing = Assert.Throws<ArgumentException>(() => TabularPreprocessor.Fit(s_train.With(new CategoricalColumn("Status", [null, .. Enumerable.Repeat("good", 14), .. Enumerable.Repeat("bad", 15)])), "Status"));
        Assert.Equal("LabelEncoder: target 'Status' has 1 missing value(s), the first in row 0; drop those rows first.", missing.Message);
        TabularPreprocessor prep = TabularPreprocessor.Fit(s_train, "Status");
        var unseen = Assert.Throws<PreprocessingException>(() => prep.TransformTargets(LoanTables.Raw().With(new CategoricalColumn("Status", ["good", "bad", "late", "good"]))));
        Assert.Equal("LabelEncoder: target 'Status' has the label 'late' in row 2, which was not seen in training (classes: bad, good).", unseen.Message);
    }

    [Fact]
    public void The_task_is_inferred_as_sklearn_type_of_target()
    {
        DataTable t = new([
            new NumericColumn("x", [1, 2, 3, 4]),
            new CategoricalColumn("text2", ["a", "b", "a", "b"]),
            new BooleanColumn("flag", [true, false, true, true]),
            new NumericColumn("int3", [0, 1, 2, 1]),
            new NumericColumn("int2", [0, 1, 1, 0]),
            new NumericColumn("real", [0.5, 1, 2, 1]),
        ]);
        Assert.Equal(TabularTask.Binary, TabularPreprocessor.InferTask(t, ["text2"]));
        Assert.Equal(TabularTask.Binary, TabularPreprocessor.InferTask(t, ["int2"]));
        Assert.Equal(TabularTask.Multiclass, TabularPreprocessor.InferTask(t, ["int3"]));
        Assert.Equal(TabularTask.Regression, TabularPreprocessor.InferTask(t, ["real"]));
        Assert.Equal(TabularTask.Multilabel, TabularPreprocessor.InferTask(t, ["text2", "flag", "int2"]));
        Assert.Equal(TabularTask.Regression, TabularPreprocessor.InferTask(t, ["real", "int3"]));
        Assert.Throws<ArgumentException>(() => TabularPreprocessor.InferTask(t, ["real", "text2"]));
        var multilabel = TabularPreprocessor.Fit(t, ["text2", "flag"]);
        Assert.Equal(2, multilabel.OutputUnits);
        Assert.Equal([0f, 1, 1, 0, 0, 1, 1, 1], multilabel.TransformTargets(t).ToArray());
        var regression = TabularPreprocessor.Fit(t, "real");
        Assert.Equal([0.5f, 1, 2, 1], regression.TransformTargets(t).ToArray());
    }
}
