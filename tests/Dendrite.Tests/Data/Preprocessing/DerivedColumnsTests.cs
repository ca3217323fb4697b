// DerivedColumns: ratio and difference columns appended in declaration order, with hand-computed values; a missing
// operand, a zero divisor (x / 0 → ±inf, 0 / 0 → NaN under IEEE 754) and an overflow all give a missing cell;
// bad declarations (an unknown or non-numeric operand, a name used twice or already a column) are named.
using Dendrite.Data.Preprocessing;
using Dendrite.Data.Tables;
using static Dendrite.Tests.Data.Preprocessing.Tables;

namespace Dendrite.Tests.Data.Preprocessing;

public sealed class DerivedColumnsTests
{
    private static readonly DerivedColumns s_loan = new([
        DerivedColumn.Ratio("LoanToValue", "Amount", "Price"),
        DerivedColumn.Difference("FreeIncome", "Income", "Expenses"),
    ]);

    [Fact]
    public void Ratios_and_differences_are_appended_with_hand_computed_values()
    {
        DataTable rows = Of(Num("Amount", 800, 1000, 450), Num("Price", 846, 1658, 900), Num("Income", 129, 131, 200), Num("Expenses", 73, 48, 35.5));

        DataTable derived = s_loan.Transform(rows);

        Assert.Equal(["Amount", "Price", "Income", "Expenses", "LoanToValue", "FreeIncome"], derived.ColumnNames);
        Near([800.0 / 846, 1000.0 / 1658, 0.5], Values(derived, "LoanToValue"), 0); // 0.945626…, 0.603136…, 450 / 900
        Near([56, 83, 164.5], Values(derived, "FreeIncome"), 0);                     // 129 − 73, 131 − 48, 200 − 35.5
        Assert.Equal("LoanToValue = Amount / Price", s_loan.Columns[0].ToString());
    }

    [Fact]
    public void A_missing_operand_a_zero_divisor_and_an_overflow_give_missing_cells()
    {
        DataTable rows = Of(
            Num("Amount", double.NaN, 800, 0, 800, -5, 1e308),
            Num("Price", 846, double.NaN, 0, 0, -0.0, 1e-10),
            Num("Income", double.NaN, 10, 0, -1e308, 3, 1),
            Num("Expenses", 1, double.NaN, 0, 1e308, 3, 1));

        DataTable derived = s_loan.Transform(rows);

        Near([double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN], Values(derived, "LoanToValue"), 0);
        Near([double.NaN, double.NaN, 0, double.NaN, 0, 0], Values(derived, "FreeIncome"), 0); // −1e308 − 1e308 overflows to −inf
        Assert.Equal(6, derived["LoanToValue"].MissingCount);
        Assert.Equal(3, derived["FreeIncome"].MissingCount);
    }

    [Fact]
    public void A_declaration_may_use_an_earlier_derived_column()
    {
        var chained = new DerivedColumns([DerivedColumn.Difference("FreeIncome", "Income", "Expenses"), DerivedColumn.Ratio("AmountToFree", "Amount", "FreeIncome")]);

        DataTable derived = chained.Transform(Of(Num("Income", 150, 100), Num("Expenses", 50, 100), Num("Amount", 1000, 1000)));

        Near([10, double.NaN], Values(derived, "AmountToFree"), 0); // 1000 / (150 − 50); 1000 / (100 − 100) divides by zero
    }

    [Fact]
    public void An_unknown_operand_is_named_with_the_columns_there_are()
    {
        var error = Assert.Throws<PreprocessingException>(() => s_loan.Transform(Of(Num("Amount", 1), Num("Cost", 2), Num("Income", 3), Num("Expenses", 4))));

        Assert.Equal("Derived column 'LoanToValue = Amount / Price' names the column 'Price', which the rows lack; the columns are Amount, Cost, Income, Expenses.", error.Message);
        Assert.Equal("Price", error.Column);
    }

    [Fact]
    public void A_text_operand_and_an_existing_name_are_refused()
    {
        var text = Assert.Throws<PreprocessingException>(() => s_loan.Transform(Of(Num("Amount", 1), Cat("Price", "high"), Num("Income", 3), Num("Expenses", 4))));
        Assert.Equal("Derived column 'LoanToValue = Amount / Price' needs numeric operands, but 'Price' is a categorical column.", text.Message);

        var clash = Assert.Throws<PreprocessingException>(() => s_loan.Transform(Of(Num("Amount", 1), Num("Price", 2), Num("Income", 3), Num("Expenses", 4), Num("FreeIncome", 0))));
        Assert.Equal("Derived column 'FreeIncome = Income − Expenses' would replace the existing column 'FreeIncome'; give it another name.", clash.Message);
        Assert.Equal("FreeIncome", clash.Column);
    }

    [Fact]
    public void Bad_declarations_are_refused_when_made()
    {
        var twice = Assert.Throws<ArgumentException>(() => new DerivedColumns([DerivedColumn.Ratio("R", "A", "B"), DerivedColumn.Difference("R", "A", "B")]));
        Assert.StartsWith("DerivedColumns: the column name 'R' is declared twice.", twice.Message, StringComparison.Ordinal);

        var operation = Assert.Throws<ArgumentException>(() => new DerivedColumn("R", (DerivedOperation)7, "A", "B"));
        Assert.StartsWith("Derived column 'R': the operation 7 is not defined; expected Ratio or Difference.", operation.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DerivedColumn.Ratio("R", " ", "B"));
        Assert.Equal(["A"], DerivedColumns.None.Transform(Of(Num("A", 1))).ColumnNames);
    }
}
