// Model.Summary: Keras 3's layer table — layer (type), output shape, parameter count — and the totals
// of all, trainable and non-trainable parameters with their size in bytes (float32).
using System.Globalization;
using System.Text;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Models;

public partial class Model
{
    private const int NameWidth = 33;
    private const int ShapeWidth = 24;
    private const int ParamWidth = 15;

    /// <summary>Writes the layer table to <paramref name="output"/> (default: the console).</summary>
    /// <param name="output">Where to write; default null = <see cref="Console.Out"/>.</param>
    public void Summary(TextWriter? output = null) => (output ?? Console.Out).Write(SummaryText());

    /// <summary>The layer table as text, as Keras' <c>model.summary()</c> prints it.</summary>
    public string SummaryText()
    {
        if (GraphNodes is { } nodes)
        {
            return GraphSummaryText(nodes);
        }

        var sb = new StringBuilder();
        sb.Append("Model: \"").Append(Name).Append("\"\n");
        sb.Append(Rule('┏', '━', '┳', '┓'));
        sb.Append(Row('┃', "Layer (type)", "Output Shape", "Param #"));
        sb.Append(Rule('┡', '━', '╇', '┩'));
        Shape? shape = InputShape;
        var rows = Layers.Where(l => l is not Input).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            Layer layer = rows[i];
            shape = shape is { } s ? (Shape?)layer.ComputeOutputShape(s) : null;
            string shapeText = Built && shape is { } known ? known.ToString() : "?";
            string paramText = layer.Built ? layer.CountParams().ToString("N0", CultureInfo.InvariantCulture) : "0 (unbuilt)";
            sb.Append(Row('│', $"{layer.Name} ({layer.GetType().Name})", shapeText, paramText));
            if (i < rows.Count - 1)
            {
                sb.Append(Rule('├', '─', '┼', '┤'));
            }
        }

        sb.Append(Rule('└', '─', '┴', '┘'));
        AppendTotals(sb);
        return sb.ToString();
    }

    private void AppendTotals(StringBuilder sb)
    {
        long trainable = TrainableVariables.Sum(v => (long)v.Shape.Size);
        long total = CountParams();
        sb.Append(Totals("Total params", total));
        sb.Append(Totals("Trainable params", trainable));
        sb.Append(Totals("Non-trainable params", total - trainable));
    }

    private static string Rule(char left, char fill, char mid, char right) =>
        $"{left}{new string(fill, NameWidth)}{mid}{new string(fill, ShapeWidth)}{mid}{new string(fill, ParamWidth)}{right}\n";

    private static string Row(char edge, string name, string shape, string param) =>
        $"{edge} {Fit(name, NameWidth - 2),-31} {edge} {Fit(shape, ShapeWidth - 2),-22} {edge} {Fit(param, ParamWidth - 2),13} {edge}\n";

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Totals(string label, long count) =>
        string.Create(CultureInfo.InvariantCulture, $" {label}: {count:N0} ({FormatBytes(count * sizeof(float))})\n");

    private static string FormatBytes(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB"];
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.Length - 1)
        {
            v /= 1024;
            u++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{v:F2} {units[u]}");
    }
}
