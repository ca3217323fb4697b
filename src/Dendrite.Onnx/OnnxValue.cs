// OnnxValue: one value of the graph being exported — its name in the ONNX graph and its Dendrite shape
// (batch axis −1). A layer's converter reads its inputs as OnnxValues.
using Dendrite.Tensors;

namespace Dendrite.Onnx;

/// <summary>A value of the exported graph: its ONNX name and its shape (batch axis −1).</summary>
/// <param name="Name">The value's name in the ONNX graph.</param>
/// <param name="Shape">The value's shape, batch axis −1.</param>
internal readonly record struct OnnxValue(string Name, Shape Shape);
