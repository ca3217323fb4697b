// TensorBoard histograms: every histogramFreq epochs, one histogram per weight ("<weight name>/histogram", as Keras'
// _log_weights) and one per gradient ("<weight name>/gradient_histogram"). The gradients are those of the epoch's
// last batch, copied during OnGradients into buffers kept for the run (the step's own tensors are reused by Fit).
using Dendrite.Autodiff;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.TensorBoard;

/// <summary>The histogram part of the TensorBoard callback.</summary>
public sealed partial class TensorBoard
{
    private readonly Dictionary<string, float[]> _lastGradients = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override void OnGradients(int batch, IReadOnlyList<(Variable Variable, Tensor Gradient)> gradients)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        if (HistogramFreq == 0 || _epoch % HistogramFreq != 0 || Params is null || batch != Params.Steps - 1)
        {
            return; // only the last batch of a histogram epoch is kept
        }

        for (int i = 0; i < gradients.Count; i++)
        {
            var (variable, gradient) = gradients[i];
            if (!_lastGradients.TryGetValue(variable.Name, out float[]? buffer) || buffer.Length != gradient.Size)
            {
                _lastGradients[variable.Name] = buffer = new float[gradient.Size];
            }

            if (gradient.DType == DType.Float32)
            {
                gradient.AsSpan().CopyTo(buffer);
            }
            else
            {
                ReadOnlySpan<double> source = gradient.AsDoubleSpan();
                for (int j = 0; j < buffer.Length; j++)
                {
                    buffer[j] = (float)source[j];
                }
            }
        }
    }

    private void WriteHistograms(int epoch)
    {
        foreach (Layer layer in Model?.Layers ?? [])
        {
            foreach (Variable weight in layer.Weights)
            {
                string name = weight.Name.Replace(':', '_');
                Tensor value = weight.Value.DType == DType.Float32 ? weight.Value : weight.Value.To(DType.Float32);
                _train!.Add(epoch, Summaries.Histogram(name + "/histogram", value.AsSpan()));
                if (_lastGradients.TryGetValue(weight.Name, out float[]? gradient))
                {
                    _train.Add(epoch, Summaries.Histogram(name + "/gradient_histogram", gradient));
                }
            }
        }

        _lastGradients.Clear();
    }
}
