// ClassificationReport.Text: scikit-learn's classification_report text, character for character
// (sklearn/metrics/_classification.py, checked against its docstring example):
//   width = max(longest class name, len("weighted avg") = 12, digits)
//   header   "{'':>width} " + " {:>9}" × (precision, recall, f1-score, support), then a blank line
//   a class  "{name:>width} " + " {:>9.{digits}f}" × 3 + " {support:>9}"
//   a blank line, then "accuracy" with two blank columns, then "macro avg" and "weighted avg"; every line ends in \n.
// Python formats with round-half-even on the exact binary value; .NET rounds exact ties (0.125 → "0.13") away
// from zero, so FormatFixed settles ties itself ("0.12", as Python).
using System.Globalization;
using System.Text;

namespace Dendrite.Metrics;

/// <summary>The scikit-learn text rendering of a classification report.</summary>
public sealed partial class ClassificationReport
{
    private const string LongestHeading = "weighted avg";

    /// <summary>The report as scikit-learn prints it, with 2 decimals.</summary>
    public override string ToString() => ToString(digits: 2);

    /// <summary>The report as scikit-learn prints it, with <paramref name="digits"/> decimals.</summary>
    /// <param name="digits">Decimals of precision, recall, F1 and accuracy, ≥ 0; scikit-learn's default is 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> &lt; 0.</exception>
    public string ToString(int digits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(digits);
        int width = Math.Max(Math.Max(Classes.Select(c => c.Name.Length).DefaultIfEmpty(0).Max(), LongestHeading.Length), digits);
        var text = new StringBuilder();
        text.Append(new string(' ', width)).Append(' ');
        foreach (string header in (string[])["precision", "recall", "f1-score", "support"])
        {
            text.Append(' ').Append(header.PadLeft(9));
        }

        text.Append("\n\n");
        foreach (ClassificationReportRow row in Classes)
        {
            AppendRow(text, row, width, digits);
        }

        text.Append('\n');
        text.Append("accuracy".PadLeft(width)).Append(' ');
        text.Append(' ').Append(new string(' ', 9)).Append(' ').Append(new string(' ', 9));
        text.Append(' ').Append(FormatFixed(Accuracy, digits).PadLeft(9));
        text.Append(' ').Append(Support.ToString(CultureInfo.InvariantCulture).PadLeft(9)).Append('\n');
        AppendRow(text, MacroAverage, width, digits);
        AppendRow(text, WeightedAverage, width, digits);
        return text.ToString();
    }

    /// <summary><paramref name="value"/> with <paramref name="digits"/> decimals, ties to even as Python's <c>format</c>.</summary>
    internal static string FormatFixed(double value, int digits)
    {
        string rounded = value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            return rounded;
        }

        // .NET (Core 3.0+) prints the exact binary value to any precision: 120 more digits cover every double ≥ 1e-40.
        string exact = value.ToString("F" + (digits + 120).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int cut = exact.IndexOf('.', StringComparison.Ordinal) + 1 + digits;
        bool tie = exact[cut] == '5' && exact.AsSpan(cut + 1).IndexOfAnyExcept('0') < 0;
        string truncated = exact[..(digits == 0 ? cut - 1 : cut)];
        return tie && (truncated[^1] - '0') % 2 == 0 ? truncated : rounded;
    }

    private static void AppendRow(StringBuilder text, ClassificationReportRow row, int width, int digits)
    {
        text.Append(row.Name.PadLeft(width)).Append(' ');
        foreach (double value in (double[])[row.Precision, row.Recall, row.F1Score])
        {
            text.Append(' ').Append(FormatFixed(value, digits).PadLeft(9));
        }

        text.Append(' ').Append(row.Support.ToString(CultureInfo.InvariantCulture).PadLeft(9)).Append('\n');
    }
}
