// A plain-text table: a header row, a rule, then rows; each column as wide as its widest cell, text
// left-aligned and numbers right-aligned, two spaces between columns. What pandas prints, without frames.
using System.Globalization;
using System.Text;

namespace Dendrite.Data.Exploration;

/// <summary>Renders rows of cells as an aligned plain-text table.</summary>
internal static class TextTable
{
    public static string Render(string title, IReadOnlyList<string> header, IEnumerable<string[]> rows, bool[] rightAligned)
    {
        List<string[]> all = [[.. header], .. rows];
        var widths = new int[header.Count];
        foreach (string[] row in all)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        var text = new StringBuilder(title).Append('\n');
        for (int r = 0; r < all.Count; r++)
        {
            var line = new StringBuilder();
            for (int c = 0; c < widths.Length; c++)
            {
                string cell = all[r][c];
                line.Append(c == 0 ? string.Empty : "  ").Append(rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            }

            text.Append(line.ToString().TrimEnd()).Append('\n');
            if (r == 0)
            {
                text.Append(new string('-', widths.Sum() + (2 * (widths.Length - 1)))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A number with 6 significant digits as pandas prints it; empty for NaN.</summary>
    public static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal (two below 0.1%, so that a few rows do not read 0.0%).</summary>
    public static string Percent(double value) => value.ToString(value is > 0 and < 0.1 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>An integer count.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
