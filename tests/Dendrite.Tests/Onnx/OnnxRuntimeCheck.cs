// Runs an exported model in ONNX Runtime and compares it with Dendrite's own Predict: the same random rows
// (1,000 by default) through both, every output's shape equal and its max abs difference ≤ 1e-5.
using Dendrite.Models;
using Dendrite.Onnx;
using Dendrite.Tensors;
using Dendrite.Training;
using Microsoft.ML.OnnxRuntime;

namespace Dendrite.Tests.Onnx;

internal static class OnnxRuntimeCheck
{
    /// <summary>The tolerance of the issue: max |ONNX Runtime − Dendrite| over every output element.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>Exports <paramref name="model"/>, runs <paramref name="rows"/> random rows through ONNX Runtime and Predict, and asserts they agree.</summary>
    /// <returns>The largest absolute difference seen.</returns>
    public static double AssertMatchesPredict(Model model, int opset = 17, int rows = 1000, int seed = 1, double stddev = 2.0)
    {
        var random = new RandomGenerator(seed);
        Tensor[] inputs = [.. model.InputShapes.Select(s => random.NormalTensor(s.With(0, rows), stddev: stddev))];
        return AssertMatchesPredict(model, inputs, opset);
    }

    /// <summary>Runs <paramref name="inputs"/> through ONNX Runtime and Predict and asserts they agree.</summary>
    /// <returns>The largest absolute difference seen.</returns>
    public static double AssertMatchesPredict(Model model, IReadOnlyList<Tensor> inputs, int opset = 17)
    {
        IReadOnlyList<Tensor> expected = model.PredictOutputs(TensorData.Create([.. inputs]), batchSize: 250);
        using var session = new InferenceSession(model.ToOnnx(opset));
        IReadOnlyList<(long[] Shape, float[] Values)> actual = Run(session, model.InputNames, inputs);
        Assert.Equal(expected.Count, actual.Count);
        double worst = 0;
        for (int o = 0; o < expected.Count; o++)
        {
            Assert.Equal(expected[o].Shape.ToArray().Select(d => (long)d), actual[o].Shape);
            float[] want = expected[o].ToArray();
            for (int i = 0; i < want.Length; i++)
            {
                double difference = Math.Abs((double)want[i] - actual[o].Values[i]);
                Assert.False(double.IsNaN(difference), $"Output {o} element {i}: Dendrite {want[i]}, ONNX Runtime {actual[o].Values[i]}.");
                worst = Math.Max(worst, difference);
            }
        }

        Assert.True(worst <= Tolerance, $"Model '{model.Name}': max |ONNX Runtime − Predict| = {worst:G3} > {Tolerance}.");
        return worst;
    }

    /// <summary>Runs a session on named float32 inputs; returns every output's shape and values, in the session's output order.</summary>
    public static IReadOnlyList<(long[] Shape, float[] Values)> Run(InferenceSession session, IReadOnlyList<string> names, IReadOnlyList<Tensor> inputs)
    {
        OrtValue[] values = [.. inputs.Select(t => OrtValue.CreateTensorValueFromMemory(t.To(DType.Float32).ToArray(), t.Shape.ToArray().Select(d => (long)d).ToArray()))];
        try
        {
            using var options = new RunOptions();
            using IDisposableReadOnlyCollection<OrtValue> outputs = session.Run(options, [.. names], values, session.OutputNames);
            return [.. outputs.Select(o => (o.GetTensorTypeAndShape().Shape, o.GetTensorDataAsSpan<float>().ToArray()))];
        }
        finally
        {
            foreach (OrtValue value in values)
            {
                value.Dispose();
            }
        }
    }
}
