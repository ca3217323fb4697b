// Tables: Spectre tables of plain text cells (never parsed as markup: data may hold '[' and ']'), the first
// `leftColumns` columns left-aligned and the rest (numbers) right-aligned; numbers formatted as pandas prints them.
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dendrite.Cli;

internal static class Tables
{
    public static void Write(IAnsiConsole console, string title, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, int leftColumns = 1)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Simple };
        for (int i = 0; i < header.Count; i++)
        {
            table.AddColumn(new TableColumn(new Text(header[i])) { Alignment = i < leftColumns ? Justify.Left : Justify.Right });
        }

        foreach (IReadOnlyList<string> row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)));
        }

        console.Write(table);
    }

    /// <summary>A number with 6 significant digits (empty for NaN), as pandas' describe prints.</summary>
    public static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A metric with 4 decimals.</summary>
    public static string Metric(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double value) => value.ToString(value is > 0 and < 0.1 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "%";
}
