// OneHotEncoder, OrdinalEncoder and LabelEncoder against scikit-learn's documented examples, and the infrequent
// grouping rules of sklearn's _identify_infrequent worked by hand.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class EncoderTests
{
    private static string[] Letters(params (string Letter, int Count)[] counts) => [.. counts.SelectMany(c => Enumerable.Repeat(c.Letter, c.Count))];

    [Fact]
    public void OneHot_matches_the_sklearn_documentation_example()
    {
        // sklearn OneHotEncoder docs: X = [['Male', 1], ['Female', 3], ['Female', 2]], handle_unknown='ignore';
        // transform [['Female', 1], ['Male', 4]] → [[1, 0, 1, 0, 0], [0, 1, 0, 0, 0]];
        // get_feature_names_out(['gender', 'group']) → gender_Female, gender_Male, group_1, group_2, group_3.
        var encoder = new OneHotEncoder(HandleUnknown.Ignore);
        encoder.Fit(Of(Cat("gender", "Male", "Female", "Female"), Num("group", 1, 3, 2)));
        Assert.Equal(["gender_Female", "gender_Male", "group_1", "group_2", "group_3"], encoder.GetFeatureNamesOut());
        DataTable output = encoder.Transform(Of(Cat("gender", "Female", "Male"), Num("group", 1, 4)));
        double[][] rows = [.. Enumerable.Range(0, 2).Select(r => output.Columns.Select(c => ((NumericColumn)c)[r]).ToArray())];
        Assert.Equal([1.0, 0, 1, 0, 0], rows[0]);
        Assert.Equal([0.0, 1, 0, 0, 0], rows[1]);
    }

    [Fact]
    public void OneHot_sorts_numbers_numerically_and_text_ordinally()
    {
        var encoder = new OneHotEncoder().Fit(Of(Num("n", 10, 9, 2), Cat("t", "b", "B", "a")));
        Assert.Equal(["n_2", "n_9", "n_10", "t_B", "t_a", "t_b"], encoder.GetFeatureNamesOut());
    }

    [Fact]
    public void OneHot_min_frequency_matches_the_sklearn_documentation_example()
    {
        // sklearn docs: X = ['a']*5 + ['b']*20 + ['c']*10 + ['d']*3, min_frequency=6 → infrequent ['a', 'd'];
        // handle_unknown='infrequent_if_exist': transform [a, b, c, d, e] → [[0,0,1],[1,0,0],[0,1,0],[0,0,1],[0,0,1]].
        var encoder = new OneHotEncoder(HandleUnknown.InfrequentIfExist, minFrequency: 6);
        encoder.Fit(Of(Cat("x", Letters(("a", 5), ("b", 20), ("c", 10), ("d", 3)))));
        Assert.Equal(["a", "d"], encoder.InfrequentCategories[0]);
        Assert.Equal(["x_b", "x_c", "x_infrequent"], encoder.GetFeatureNamesOut());
        DataTable output = encoder.Transform(Of(Cat("x", "a", "b", "c", "d", "e")));
        Near([0, 1, 0, 0, 0], Values(output, "x_b"));
        Near([0, 0, 1, 0, 0], Values(output, "x_c"));
        Near([1, 0, 0, 1, 1], Values(output, "x_infrequent"));
        // A fraction: 0.2 · 38 rows = 7.6 → a (5) and d (3) are infrequent, c (10) is not.
        var fraction = new OneHotEncoder(minFrequency: 0.2);
        fraction.Fit(Of(Cat("x", Letters(("a", 5), ("b", 20), ("c", 10), ("d", 3)))));
        Assert.Equal(["a", "d"], fraction.InfrequentCategories[0]);
    }

    [Fact]
    public void OneHot_max_categories_keeps_the_most_frequent_and_breaks_ties_as_sklearn()
    {
        // sklearn docs: max_categories=3 on the same data → infrequent ['a', 'd'] (b and c stay, plus the infrequent column).
        var x = Of(Cat("x", Letters(("a", 5), ("b", 20), ("c", 10), ("d", 3))));
        var three = new OneHotEncoder(maxCategories: 3);
        three.Fit(x);
        Assert.Equal(["a", "d"], three.InfrequentCategories[0]);
        // Ties: a, b, c twice each, max_categories=2 → one frequent; a stable ascending sort by count is a, b, c and
        // sklearn keeps the last, so c stays frequent.
        var tied = new OneHotEncoder(maxCategories: 2).Fit(Of(Cat("t", "a", "b", "c", "a", "b", "c")));
        Assert.Equal(["t_c", "t_infrequent"], tied.GetFeatureNamesOut());
        // max_categories=1: everything is infrequent.
        Assert.Equal(["t_infrequent"], new OneHotEncoder(maxCategories: 1).Fit(Of(Cat("t", "a", "b"))).GetFeatureNamesOut());
    }

    [Fact]
    public void OneHot_unknown_categories_are_an_error_by_default_and_zeros_when_ignored()
    {
        var strict = new OneHotEncoder().Fit(Of(Cat("Home", "own", "rent")));
        var e = Assert.Throws<PreprocessingException>(() => strict.Transform(Of(Cat("Home", "rent", "castle"))));
        Assert.Equal("Home", e.Column);
        Assert.StartsWith("OneHotEncoder: column 'Home' has the category 'castle' in row 1, which was not seen in training (known: own, rent).", e.Message, StringComparison.Ordinal);
        DataTable zeros = new OneHotEncoder(HandleUnknown.Ignore).Fit(Of(Cat("Home", "own", "rent"))).Transform(Of(Cat("Home", "castle")));
        Near([0], Values(zeros, "Home_own"));
        Near([0], Values(zeros, "Home_rent"));
        var missing = Assert.Throws<ArgumentException>(() => new OneHotEncoder().Fit(Of(Cat("Home", "own", null))));
        Assert.StartsWith("OneHotEncoder: column 'Home' is missing in training row 1; impute it first", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OneHotEncoder(minFrequency: 1.5));
    }

    [Fact]
    public void Ordinal_matches_the_sklearn_documentation_example()
    {
        // sklearn OrdinalEncoder docs: X = [['Male', 1], ['Female', 3], ['Female', 2]]; transform [['Female', 3], ['Male', 1]] → [[0, 2], [1, 0]].
        var encoder = new OrdinalEncoder().Fit(Of(Cat("gender", "Male", "Female", "Female"), Num("group", 1, 3, 2)));
        DataTable output = encoder.Transform(Of(Cat("gender", "Female", "Male"), Num("group", 3, 1)));
        Near([0, 1], Values(output, "gender"));
        Near([2, 0], Values(output, "group"));
    }

    [Fact]
    public void Ordinal_keeps_missing_as_NaN_and_codes_unknowns_by_option()
    {
        var encoder = new OrdinalEncoder(unknownValue: -1).Fit(Of(Cat("c", "x", "y")));
        Near([1, -1, double.NaN], Values(encoder.Transform(Of(Cat("c", "y", "z", null))), "c"));
        var strict = new OrdinalEncoder().Fit(Of(Cat("c", "x")));
        Assert.StartsWith("OrdinalEncoder: column 'c' has the category 'z' in row 0, which was not seen in training (known: x).", Assert.Throws<PreprocessingException>(() => strict.Transform(Of(Cat("c", "z")))).Message, StringComparison.Ordinal);
        var clash = Assert.Throws<ArgumentException>(() => new OrdinalEncoder(unknownValue: 1).Fit(Of(Cat("c", "x", "y"))));
        Assert.Equal("OrdinalEncoder: unknownValue 1 is also the code of category 'y' of column 'c'; use a negative number or NaN.", clash.Message);
    }

    [Fact]
    public void LabelEncoder_matches_the_sklearn_documentation_example()
    {
        // sklearn LabelEncoder docs: fit ["paris", "paris", "tokyo", "amsterdam"] → classes_ [amsterdam, paris, tokyo];
        // transform ["tokyo", "tokyo", "paris"] → [2, 2, 1]; inverse_transform([2, 2, 1]) → [tokyo, tokyo, paris].
        var encoder = new LabelEncoder().Fit(Cat("city", "paris", "paris", "tokyo", "amsterdam"));
        Assert.Equal(["amsterdam", "paris", "tokyo"], encoder.Classes);
        Assert.Equal([2, 2, 1], encoder.Transform(Cat("city", "tokyo", "tokyo", "paris")));
        Assert.Equal("tokyo,tokyo,paris", string.Join(",", ((CategoricalColumn)encoder.InverseTransform([2, 2, 1])).Values.ToArray()));
        // sklearn docs, numbers: fit [1, 2, 2, 6] → classes_ [1, 2, 6]; transform [1, 1, 2, 6] → [0, 0, 1, 2]; decoded back as numbers.
        var numbers = new LabelEncoder().Fit(Num("y", 1, 2, 2, 6));
        Assert.Equal([0, 0, 1, 2], numbers.Transform(Num("y", 1, 1, 2, 6)));
        Assert.Equal([6.0, 1.0], ((NumericColumn)numbers.InverseTransform([2, 0])).Values.ToArray());
    }

    [Fact]
    public void LabelEncoder_names_unseen_and_missing_labels()
    {
        var encoder = new LabelEncoder().Fit(Cat("Status", "good", "bad"));
        var unseen = Assert.Throws<PreprocessingException>(() => encoder.Transform(Cat("Status", "good", "ugly")));
        Assert.Equal("LabelEncoder: target 'Status' has the label 'ugly' in row 1, which was not seen in training (classes: bad, good).", unseen.Message);
        var missing = Assert.Throws<ArgumentException>(() => encoder.Transform(Cat("Status", "good", null)));
        Assert.Equal("LabelEncoder: target 'Status' has 1 missing value(s), the first in row 1; drop those rows first.", missing.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => encoder.InverseTransform([2]));
        LabelEncoder copy = LabelEncoder.FromJson(encoder.ToJson(), "Status");
        Assert.Equal(["bad", "good"], copy.Classes);
    }
}
