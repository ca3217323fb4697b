// Model.GraphSummary: Keras 3's summary of a functional model — one row per node (inputs included), with
// a fourth column "Connected to" naming the nodes it reads as layer[node][0] ("-" for an input). A node
// reading several tensors lists one per line. A shared layer's parameters are counted on its first row.
using System.Globalization;
using System.Text;
using Dendrite.Nn.Layers;

namespace Dendrite.Models;

public partial class Model
{
    private const int ConnectedWidth = 22;

    private string GraphSummaryText(IReadOnlyList<SymbolicTensor> nodes)
    {
        var sb = new StringBuilder();
        sb.Append("Model: \"").Append(Name).Append("\"\n");
        sb.Append(GraphRule('┏', '━', '┳', '┓'));
        sb.Append(GraphRow('┃', "Layer (type)", "Output Shape", "Param #", "Connected to"));
        sb.Append(GraphRule('┡', '━', '╇', '┩'));
        var counted = new HashSet<Layer>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < nodes.Count; i++)
        {
            SymbolicTensor node = nodes[i];
            long parameters = counted.Add(node.Layer) ? node.Layer.CountParams() : 0;
            string[] links = node.Inputs.Count == 0 ? ["-"] : node.Inputs.Select(p => p.ToString()).ToArray();
            string type = node.Layer is Input ? "InputLayer" : node.Layer.GetType().Name;
            for (int line = 0; line < links.Length; line++)
            {
                sb.Append(line == 0
                    ? GraphRow('│', $"{node.Layer.Name} ({type})", node.Shape.ToString(), parameters.ToString("N0", CultureInfo.InvariantCulture), links[0])
                    : GraphRow('│', string.Empty, string.Empty, string.Empty, links[line]));
            }

            if (i < nodes.Count - 1)
            {
                sb.Append(GraphRule('├', '─', '┼', '┤'));
            }
        }

        sb.Append(GraphRule('└', '─', '┴', '┘'));
        AppendTotals(sb);
        return sb.ToString();
    }

    private static string GraphRule(char left, char fill, char mid, char right) =>
        $"{left}{new string(fill, NameWidth)}{mid}{new string(fill, ShapeWidth)}{mid}{new string(fill, ParamWidth)}{mid}{new string(fill, ConnectedWidth)}{right}\n";

    private static string GraphRow(char edge, string name, string shape, string param, string connected) =>
        $"{edge} {Fit(name, NameWidth - 2),-31} {edge} {Fit(shape, ShapeWidth - 2),-22} {edge} {Fit(param, ParamWidth - 2),13} {edge} {Fit(connected, ConnectedWidth - 2),-20} {edge}\n";
}
