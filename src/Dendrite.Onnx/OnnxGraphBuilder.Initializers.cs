// OnnxGraphBuilder, initializers: the graph's constant tensors — weights as float32 (a shared layer's weights
// written once per shape), int64 vectors (axes, shapes, pads), float64 vectors (the tabular preprocessing's
// constants) and float32 scalars — each under a unique name, elements little-endian in raw_data.
using System.Buffers.Binary;
using Dendrite.Onnx.Proto;
using Dendrite.Tensors;
using Google.Protobuf;

namespace Dendrite.Onnx;

internal sealed partial class OnnxGraphBuilder
{
    /// <summary>Adds a float32 initializer (a constant tensor) and returns its unique name.</summary>
    /// <param name="hint">The preferred name, e.g. <c>dense/kernel</c>.</param>
    /// <param name="values">The elements, row-major.</param>
    /// <param name="dims">The shape; empty for a scalar.</param>
    public string AddInitializer(string hint, ReadOnlySpan<float> values, params ReadOnlySpan<long> dims)
    {
        long size = 1;
        foreach (long d in dims)
        {
            size *= d;
        }

        if (size != values.Length)
        {
            throw new ArgumentException($"Initializer '{hint}' has {values.Length} values for shape ({string.Join(", ", dims.ToArray())}).", nameof(values));
        }

        var bytes = new byte[values.Length * sizeof(float)];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]); // raw_data is little-endian
        }

        var tensor = new TensorProto { Name = UniqueName(hint), DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(bytes) };
        tensor.Dims.AddRange(dims.ToArray());
        Graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a weight as a float32 initializer of its own shape, or of <paramref name="shape"/> when given.</summary>
    /// <remarks>The same tensor in the same shape is written once: a shared layer's second call reuses its first call's initializers.</remarks>
    /// <param name="hint">The preferred name.</param>
    /// <param name="value">The weight's value (float32 or float64; written as float32).</param>
    /// <param name="shape">A shape of the same size to write it in (e.g. one that broadcasts); default null = its own.</param>
    public string AddInitializer(string hint, Tensor value, Shape? shape = null)
    {
        Shape target = shape ?? value.Shape;
        if (!_tensors.TryGetValue(value, out List<(Shape Shape, string Name)>? written))
        {
            _tensors[value] = written = [];
        }

        foreach ((Shape writtenShape, string name) in written)
        {
            if (writtenShape == target)
            {
                return name;
            }
        }

        string added = AddInitializer(hint, value.To(DType.Float32).AsSpan(), [.. target.ToArray().Select(d => (long)d)]);
        written.Add((target, added));
        return added;
    }

    /// <summary>Adds an int64 vector initializer (e.g. the axes input of ReduceMean from opset 18).</summary>
    /// <param name="hint">The preferred name.</param>
    /// <param name="values">The elements.</param>
    public string AddInt64Vector(string hint, params ReadOnlySpan<long> values)
    {
        var tensor = new TensorProto { Name = UniqueName(hint), DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values.ToArray());
        Graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a float64 vector initializer (the tabular preprocessing computes in double precision, as Dendrite.Data does).</summary>
    /// <param name="hint">The preferred name.</param>
    /// <param name="values">The elements.</param>
    public string AddDoubleVector(string hint, params ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * sizeof(double)];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), values[i]);
        }

        var tensor = new TensorProto { Name = UniqueName(hint), DataType = (int)TensorProto.Types.DataType.Double, RawData = ByteString.CopyFrom(bytes) };
        tensor.Dims.Add(values.Length);
        Graph.Initializer.Add(tensor);
        return tensor.Name;
    }

    /// <summary>Adds a float32 scalar initializer.</summary>
    /// <param name="hint">The preferred name.</param>
    /// <param name="value">The value.</param>
    public string AddScalar(string hint, float value) => AddInitializer(hint, [value]);
}
