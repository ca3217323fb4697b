// OnnxGraphBuilder: collects one ONNX graph — nodes in topological order, initializers (the weights, as
// float32 tensors in raw_data), and the typed inputs, outputs and intermediate value infos — under names
// that are unique within the graph (ONNX requires every value to be written once, IR.md "Names Within a Graph").
//   Reserve(name)      takes an exact name (a model input or output name); a second use is an error
//   UniqueName(hint)   hint, hint_1, hint_2, … : the first free one
// Shapes are Dendrite shapes with the batch axis −1, written with the symbolic dimension "batch" (dim_param),
// so one exported model runs any batch size. Converters (one per layer type) add their nodes through it;
// attributes and initializers are in OnnxGraphBuilder.Attributes.cs and OnnxGraphBuilder.Initializers.cs.
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;

namespace Dendrite.Onnx;

/// <summary>Builds an ONNX graph with unique value names, float32 initializers and typed value infos.</summary>
internal sealed partial class OnnxGraphBuilder
{
    /// <summary>The domain of the ONNX-ML operators.</summary>
    public const string MlDomain = "ai.onnx.ml";

    /// <summary>The symbolic name of the batch dimension in inputs, outputs and value infos.</summary>
    public const string BatchDimension = "batch";

    private readonly HashSet<string> _valueNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<Tensor, List<(Shape Shape, string Name)>> _tensors = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates an empty graph for the default-domain operator set <paramref name="opset"/>.</summary>
    /// <param name="name">The graph's name.</param>
    /// <param name="opset">The operator-set version converters write for.</param>
    public OnnxGraphBuilder(string name, int opset)
    {
        Graph = new GraphProto { Name = name };
        Opset = opset;
    }

    /// <summary>The graph built so far.</summary>
    public GraphProto Graph { get; }

    /// <summary>The operator-set version converters write for (an op whose form changed between versions asks it).</summary>
    public int Opset { get; }

    /// <summary>Takes exactly <paramref name="name"/> for a value.</summary>
    /// <param name="name">The value name.</param>
    /// <exception cref="InvalidOperationException">The name is already used in this graph.</exception>
    public string Reserve(string name)
    {
        if (!_valueNames.Add(name))
        {
            throw new InvalidOperationException($"ONNX graph '{Graph.Name}' already has a value named '{name}'; model input and output names must be distinct.");
        }

        return name;
    }

    /// <summary>The first free value name of <paramref name="hint"/>, <paramref name="hint"/>_1, <paramref name="hint"/>_2, …, now taken.</summary>
    /// <param name="hint">The preferred name.</param>
    public string UniqueName(string hint) => Unique(_valueNames, hint);

    /// <summary>Declares a graph input of element type float32.</summary>
    /// <param name="name">The (reserved) input name.</param>
    /// <param name="shape">The shape, batch axis −1.</param>
    /// <param name="type">The element type; default float32.</param>
    public void AddInput(string name, Shape shape, TensorProto.Types.DataType type = TensorProto.Types.DataType.Float) => Graph.Input.Add(ValueInfo(name, shape, type));

    /// <summary>Declares a graph output of element type float32.</summary>
    /// <param name="name">The (reserved) output name, written by a node.</param>
    /// <param name="shape">The shape, batch axis −1.</param>
    /// <param name="type">The element type; default float32.</param>
    public void AddOutput(string name, Shape shape, TensorProto.Types.DataType type = TensorProto.Types.DataType.Float) => Graph.Output.Add(ValueInfo(name, shape, type));

    /// <summary>Records the type and shape of an intermediate value.</summary>
    /// <param name="name">The value name.</param>
    /// <param name="shape">The shape, batch axis −1.</param>
    public void AddValueInfo(string name, Shape shape) => Graph.ValueInfo.Add(ValueInfo(name, shape));

    /// <summary>Adds a node reading <paramref name="inputs"/> and writing <paramref name="output"/>; returns <paramref name="output"/>.</summary>
    /// <param name="opType">The ONNX operator, e.g. <c>Gemm</c>.</param>
    /// <param name="inputs">The input value names, in the operator's order.</param>
    /// <param name="output">The output value name (already reserved or made unique).</param>
    /// <param name="attributes">The operator's attributes.</param>
    public string AddNode(string opType, IReadOnlyList<string> inputs, string output, params IEnumerable<AttributeProto> attributes) =>
        AddNode(string.Empty, opType, inputs, output, attributes);

    /// <summary>Adds a node of the ONNX-ML domain (<c>ai.onnx.ml</c>: LabelEncoder, …); returns <paramref name="output"/>.</summary>
    /// <param name="opType">The ONNX-ML operator.</param>
    /// <param name="inputs">The input value names.</param>
    /// <param name="output">The output value name.</param>
    /// <param name="attributes">The operator's attributes.</param>
    public string AddMlNode(string opType, IReadOnlyList<string> inputs, string output, params IEnumerable<AttributeProto> attributes) =>
        AddNode(MlDomain, opType, inputs, output, attributes);

    /// <summary>Adds a node with several outputs (an unused optional output is ""); returns <paramref name="outputs"/>.</summary>
    /// <param name="opType">The ONNX operator, e.g. <c>LSTM</c>.</param>
    /// <param name="inputs">The input value names, in the operator's order ("" for an absent optional input).</param>
    /// <param name="outputs">The output value names, in the operator's order.</param>
    /// <param name="attributes">The operator's attributes.</param>
    public IReadOnlyList<string> AddNode(string opType, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, params IEnumerable<AttributeProto> attributes)
    {
        AddNode(string.Empty, opType, inputs, outputs, attributes);
        return outputs;
    }

    private string AddNode(string domain, string opType, IReadOnlyList<string> inputs, string output, IEnumerable<AttributeProto> attributes)
    {
        AddNode(domain, opType, inputs, [output], attributes);
        return output;
    }

    private void AddNode(string domain, string opType, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, IEnumerable<AttributeProto> attributes)
    {
        var node = new NodeProto { OpType = opType, Name = Unique(_nodeNames, $"{outputs.Last(o => o.Length > 0)}/{opType}") };
        if (domain.Length > 0)
        {
            node.Domain = domain;
        }

        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        node.Attribute.AddRange(attributes);
        Graph.Node.Add(node);
    }

    /// <summary>Whether some node is of the ONNX-ML domain (the model must then import it).</summary>
    public bool UsesMlDomain => Graph.Node.Any(n => n.Domain == MlDomain);

    /// <summary>Whether some node writes the value <paramref name="name"/>.</summary>
    /// <param name="name">The value name.</param>
    public bool IsWritten(string name) => Graph.Node.Any(n => n.Output.Contains(name));

    private static ValueInfoProto ValueInfo(string name, Shape shape, TensorProto.Types.DataType elementType = TensorProto.Types.DataType.Float)
    {
        var tensorShape = new TensorShapeProto();
        for (int axis = 0; axis < shape.Rank; axis++)
        {
            tensorShape.Dim.Add(axis == 0 && shape[0] < 0
                ? new TensorShapeProto.Types.Dimension { DimParam = BatchDimension }
                : shape[axis] < 0 ? new TensorShapeProto.Types.Dimension() : new TensorShapeProto.Types.Dimension { DimValue = shape[axis] });
        }

        var type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)elementType, Shape = tensorShape } };
        return new ValueInfoProto { Name = name, Type = type };
    }

    private static string Unique(HashSet<string> taken, string hint)
    {
        string name = hint;
        for (int i = 1; !taken.Add(name); i++)
        {
            name = $"{hint}_{i}";
        }

        return name;
    }
}
