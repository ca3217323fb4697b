// DerivedColumn: one new numeric column computed from two numeric columns of the same row — the ratio and
// difference features a pandas user writes before fitting (df["LoanToValue"] = df.Amount / df.Price), declared
// instead, so that the fitted preprocessing computes them for every row it sees and the saved model needs only
// the raw columns.
//   Ratio       y = left / right
//   Difference  y = left − right
// A missing operand gives a missing cell. So does a non-finite result — a zero divisor (pandas gives ±inf for
// x / 0 and NaN for 0 / 0, which scikit-learn's SimpleImputer and scalers reject) or an overflow — so that the
// imputer fills it like any missing value.
namespace Dendrite.Data.Preprocessing;

/// <summary>A numeric column computed from two numeric columns of the same row: their ratio or their difference.</summary>
/// <remarks><c>Ratio: y = left / right</c>, <c>Difference: y = left − right</c>; a missing operand or a non-finite result (a zero divisor) is a missing cell.</remarks>
public sealed class DerivedColumn
{
    /// <summary>Declares a derived column.</summary>
    /// <param name="name">The new column's name; it must differ from every other column.</param>
    /// <param name="operation">How the operands combine.</param>
    /// <param name="left">The left operand column (the numerator of a ratio, the minuend of a difference).</param>
    /// <param name="right">The right operand column (the divisor of a ratio, the subtrahend of a difference).</param>
    /// <exception cref="ArgumentException">A name is empty or whitespace, or the operation is not defined.</exception>
    public DerivedColumn(string name, DerivedOperation operation, string left, string right)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(left);
        ArgumentException.ThrowIfNullOrWhiteSpace(right);
        if (!Enum.IsDefined(operation))
        {
            throw new ArgumentException($"Derived column '{name}': the operation {(int)operation} is not defined; expected Ratio or Difference.", nameof(operation));
        }

        Name = name;
        Operation = operation;
        Left = left;
        Right = right;
    }

    /// <summary>The new column's name.</summary>
    public string Name { get; }

    /// <summary>How the operands combine.</summary>
    public DerivedOperation Operation { get; }

    /// <summary>The left operand column.</summary>
    public string Left { get; }

    /// <summary>The right operand column.</summary>
    public string Right { get; }

    /// <summary>Declares <c>name = numerator / denominator</c>; a zero denominator gives a missing cell.</summary>
    /// <param name="name">The new column's name.</param>
    /// <param name="numerator">The numerator column.</param>
    /// <param name="denominator">The denominator column.</param>
    public static DerivedColumn Ratio(string name, string numerator, string denominator) => new(name, DerivedOperation.Ratio, numerator, denominator);

    /// <summary>Declares <c>name = minuend − subtrahend</c>.</summary>
    /// <param name="name">The new column's name.</param>
    /// <param name="minuend">The column subtracted from.</param>
    /// <param name="subtrahend">The column subtracted.</param>
    public static DerivedColumn Difference(string name, string minuend, string subtrahend) => new(name, DerivedOperation.Difference, minuend, subtrahend);

    /// <summary>The derived value of one row: missing (NaN) when an operand is missing or the result is not finite.</summary>
    /// <param name="left">The left operand (NaN = missing).</param>
    /// <param name="right">The right operand (NaN = missing).</param>
    public double Compute(double left, double right)
    {
        double y = Operation == DerivedOperation.Ratio ? left / right : left - right;
        return double.IsFinite(y) ? y : double.NaN;
    }

    /// <summary>The declaration as a formula, e.g. <c>LoanToValue = Amount / Price</c>.</summary>
    public override string ToString() => $"{Name} = {Left} {(Operation == DerivedOperation.Ratio ? "/" : "−")} {Right}";
}
