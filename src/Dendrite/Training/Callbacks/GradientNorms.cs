// GradientNorms: records how large each layer's gradient is, to make vanishing (or exploding) gradients visible.
// Per step and per layer ℓ, the L2 norm of the layer's whole gradient — all of its trainable variables taken as
// one vector (kernel and bias together), as PyTorch's clip_grad_norm_ measures a parameter group:
//   ‖g_ℓ‖ = sqrt( Σ_{v ∈ trainable(ℓ)} Σ_i g_{v,i}² )       (raw gradients, before any clipping)
// and per epoch the mean of ‖g_ℓ‖ over that epoch's batches, written into the epoch's logs under
// "grad_norm/<layer name>" (so History, CsvLogger and TensorBoard record it like any other log value).
// Keras has no such callback (Keras 2's TensorBoard write_grads wrote gradient histograms; Keras 3 dropped it).
// Squares are summed in double: a vanished gradient of 1e-20 would underflow to 0 when squared in float.
// No allocation per step: the per-layer sums live in arrays sized once per run.
using Dendrite.Autodiff;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Training.Callbacks;

/// <summary>Logs each layer's mean gradient L2 norm per epoch under <c>grad_norm/&lt;layer&gt;</c>.</summary>
public sealed class GradientNorms : Callback
{
    /// <summary>The prefix of the log keys this callback writes.</summary>
    public const string KeyPrefix = "grad_norm/";

    private readonly Dictionary<Variable, int> _layerOf = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _layerNames = [];
    private double[] _squares = [];
    private double[] _sums = [];
    private int _batches;

    /// <summary>The log key of a layer's gradient norm, e.g. <c>grad_norm/dense_1</c>.</summary>
    /// <param name="layerName">The layer's name.</param>
    /// <returns><see cref="KeyPrefix"/> followed by the name.</returns>
    public static string Key(string layerName)
    {
        ArgumentException.ThrowIfNullOrEmpty(layerName);
        return KeyPrefix + layerName;
    }

    /// <summary>The names of the layers measured (those with trainable variables), in model order.</summary>
    public IReadOnlyList<string> LayerNames => _layerNames;

    /// <inheritdoc/>
    public override bool NeedsGradients => true;

    /// <inheritdoc/>
    public override void OnTrainBegin(Logs logs) => MapLayers();

    /// <inheritdoc/>
    public override void OnEpochBegin(int epoch)
    {
        Array.Clear(_sums);
        _batches = 0;
    }

    /// <inheritdoc/>
    public override void OnGradients(int batch, IReadOnlyList<(Variable Variable, Tensor Gradient)> gradients)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        for (int i = 0; i < gradients.Count; i++) // indexed, not foreach: no enumerator per step
        {
            if (!_layerOf.ContainsKey(gradients[i].Variable))
            {
                MapLayers(); // a layer was unfrozen (or the model changed) since training began
                break;
            }
        }

        Array.Clear(_squares);
        for (int i = 0; i < gradients.Count; i++)
        {
            var (variable, gradient) = gradients[i];

            if (_layerOf.TryGetValue(variable, out int layer))
            {
                _squares[layer] += SumOfSquares(gradient);
            }
        }

        for (int i = 0; i < _sums.Length; i++)
        {
            _sums[i] += Math.Sqrt(_squares[i]);
        }

        _batches++;
    }

    /// <inheritdoc/>
    public override void OnEpochEnd(int epoch, Logs logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        if (_batches == 0)
        {
            return;
        }

        for (int i = 0; i < _layerNames.Count; i++)
        {
            logs[Key(_layerNames[i])] = _sums[i] / _batches;
        }
    }

    private void MapLayers()
    {
        _layerOf.Clear();
        _layerNames.Clear();
        foreach (Layer layer in Model?.Layers ?? [])
        {
            IReadOnlyList<Variable> variables = layer.TrainableVariables;
            if (variables.Count == 0)
            {
                continue;
            }

            foreach (Variable v in variables)
            {
                _layerOf[v] = _layerNames.Count;
            }

            _layerNames.Add(layer.Name);
        }

        if (_sums.Length != _layerNames.Count)
        {
            Array.Resize(ref _sums, _layerNames.Count);
            Array.Resize(ref _squares, _layerNames.Count);
        }
    }

    private static double SumOfSquares(Tensor gradient)
    {
        double sum = 0;
        if (gradient.DType == DType.Float32)
        {
            foreach (float g in gradient.AsSpan())
            {
                sum += (double)g * g;
            }
        }
        else
        {
            foreach (double g in gradient.AsDoubleSpan())
            {
                sum += g * g;
            }
        }

        return sum;
    }
}
