// Runs an exported tabular model in ONNX Runtime on raw table rows: one input per feature column, (rows, 1) —
// float for numeric and boolean columns (NaN = missing, booleans 1 / 0), string for categorical ones ("" = missing).
using Dendrite.Data.Modeling;
using Dendrite.Data.Tables;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Dendrite.Tests.Onnx;

internal static class TabularOnnxRuntime
{
    /// <summary>The session's outputs by name: float outputs as float[], string outputs as string[].</summary>
    public static Dictionary<string, object> Run(byte[] onnx, TabularPreprocessor prep, DataTable rows)
    {
        using var session = new InferenceSession(onnx);
        int n = rows.RowCount;
        var inputs = new List<NamedOnnxValue>();
        for (int i = 0; i < prep.FeatureColumns.Count; i++)
        {
            DataColumn column = rows[prep.FeatureColumns[i]];
            int[] shape = [n, 1];
            inputs.Add(column switch
            {
                CategoricalColumn c => NamedOnnxValue.CreateFromTensor(c.Name, new DenseTensor<string>(c.Values.ToArray().Select(v => v ?? "").ToArray(), shape)),
                NumericColumn v => NamedOnnxValue.CreateFromTensor(v.Name, new DenseTensor<float>(v.Values.ToArray().Select(x => (float)x).ToArray(), shape)),
                BooleanColumn b => NamedOnnxValue.CreateFromTensor(b.Name, new DenseTensor<float>(b.Values.ToArray().Select(x => x is bool t ? (t ? 1f : 0f) : float.NaN).ToArray(), shape)),
                _ => throw new ArgumentException(column.GetType().Name),
            });
        }

        using IDisposableReadOnlyCollection<DisposableNamedOnnxValue> results = session.Run(inputs);
        return results.ToDictionary(
            r => r.Name,
            r => r.ElementType == TensorElementType.String ? (object)r.AsTensor<string>().ToArray() : r.AsTensor<float>().ToArray());
    }
}
