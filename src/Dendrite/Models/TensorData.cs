// TensorData: the x or y given to Fit / Evaluate / Predict — one tensor (one input or output), a list
// with one tensor per input/output in model order, or a dictionary by input/output name (Keras accepts
// the same three). Implicit conversions keep calls plain: model.Fit(x, y) with float[,] and int[].
using System.Collections;
using System.Runtime.CompilerServices;
using Dendrite.Nn;
using Dendrite.Tensors;

namespace Dendrite.Models;

/// <summary>Data for a model's inputs or outputs: one tensor, a list in model order, or tensors by name.</summary>
[CollectionBuilder(typeof(TensorData), nameof(Create))]
public sealed class TensorData : IEnumerable<Tensor>
{
    private readonly Tensor[] _tensors;
    private readonly string[]? _names;

    private TensorData(Tensor[] tensors, string[]? names)
    {
        foreach (Tensor t in tensors)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(tensors));
        }

        _tensors = tensors;
        _names = names;
    }

    /// <summary>The number of tensors.</summary>
    public int Count => _tensors.Length;

    /// <summary>Whether the tensors are keyed by name.</summary>
    public bool IsByName => _names is not null;

    /// <summary>The tensors in the order given (for data by position, the model's input or output order).</summary>
    internal ReadOnlySpan<Tensor> Tensors => _tensors;

    /// <summary>One tensor per input or output, in model order: <c>[xA, xB]</c>.</summary>
    /// <param name="tensors">The tensors.</param>
    public static TensorData Create(ReadOnlySpan<Tensor> tensors) => new(tensors.ToArray(), null);

    /// <summary>One tensor.</summary>
    /// <param name="tensor">The tensor.</param>
    public static implicit operator TensorData(Tensor tensor) => new([tensor], null);

    /// <summary>A matrix copied from a 2-D array.</summary>
    /// <param name="data">Rows × columns.</param>
    public static implicit operator TensorData(float[,] data) => new([new Tensor(data)], null);

    /// <summary>A rank-1 tensor copied from an array.</summary>
    /// <param name="data">The values.</param>
    public static implicit operator TensorData(float[] data) => new([(Tensor)data], null);

    /// <summary>Class labels.</summary>
    /// <param name="labels">One class index per sample.</param>
    public static implicit operator TensorData(int[] labels) => new([Tensor.FromLabels(labels)], null);

    /// <summary>One tensor per input or output, in model order.</summary>
    /// <param name="tensors">The tensors.</param>
    public static implicit operator TensorData(Tensor[] tensors) => new([.. tensors], null);

    /// <summary>One tensor per input or output, in model order.</summary>
    /// <param name="tensors">The tensors.</param>
    public static implicit operator TensorData(List<Tensor> tensors) => new([.. tensors], null);

    /// <summary>Tensors by input or output name.</summary>
    /// <param name="byName">Name → tensor.</param>
    public static implicit operator TensorData(Dictionary<string, Tensor> byName) =>
        new([.. byName.Values], [.. byName.Keys]);

    /// <summary>The tensors in the order of <paramref name="names"/>, checking count and names.</summary>
    /// <param name="names">The model's input or output names.</param>
    /// <param name="what">What the data are, for messages (e.g. "Fit x").</param>
    /// <exception cref="ShapeMismatchException">The count or the names do not match the model.</exception>
    public IReadOnlyList<Tensor> Arrange(IReadOnlyList<string> names, string what)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (_names is null)
        {
            if (_tensors.Length != names.Count)
            {
                throw new ShapeMismatchException($"{what}: the model has {names.Count} ({string.Join(", ", names)}), received {_tensors.Length} tensors.");
            }

            return _tensors;
        }

        var result = new Tensor[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            int k = Array.IndexOf(_names, names[i]);
            result[i] = k >= 0 ? _tensors[k] : throw new ShapeMismatchException($"{what}: no tensor for '{names[i]}'; the model needs {string.Join(", ", names)}, received {string.Join(", ", _names)}.");
        }

        string? unknown = _names.FirstOrDefault(n => !names.Contains(n));
        return unknown is null ? result : throw new ShapeMismatchException($"{what}: '{unknown}' is not one of the model's {string.Join(", ", names)}.");
    }

    /// <inheritdoc/>
    public IEnumerator<Tensor> GetEnumerator() => ((IEnumerable<Tensor>)_tensors).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
