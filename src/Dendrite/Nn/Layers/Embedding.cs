// Embedding: integer indices → dense vectors (Keras 3 keras/src/layers/core/embedding.py).
//   x: (batch, …) of indices in [0, inputDim)   embeddings E: (inputDim, outputDim)   y = E[x]: (batch, …, outputDim)
//   Backward: dE[i] += dy at every position holding index i (Ops.Gather); indices get no gradient.
//   maskZero: the output mask is x ≠ 0 (index 0 is padding), so recurrent layers skip padded steps; inputDim
//   must then leave room for index 0, as in Keras.
// Defaults as Keras: embeddings initializer "uniform" = RandomUniform(−0.05, 0.05), maskZero false.
// Indices arrive as the model's float tensors; they are rounded to the nearest integer.
using Dendrite.Autodiff;
using Dendrite.Nn.Initializers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Turns integer indices into dense vectors of fixed size, looked up in a trained table.</summary>
/// <remarks><c>y[…, :] = E[x[…], :]</c> with <c>E</c> of shape (inputDim, outputDim).</remarks>
public sealed class Embedding : Layer
{
    private Variable? _embeddings;

    /// <summary>Creates an embedding layer.</summary>
    /// <param name="inputDim">The vocabulary size: indices lie in [0, inputDim), ≥ 1.</param>
    /// <param name="outputDim">The size of each vector, ≥ 1.</param>
    /// <param name="embeddingsInitializer">Default null = <see cref="RandomUniform"/>(−0.05, 0.05).</param>
    /// <param name="maskZero">Treat index 0 as padding: the output carries the mask x ≠ 0; default false.</param>
    /// <param name="name">Default null = <c>embedding</c>, <c>embedding_1</c>, ….</param>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is less than 1.</exception>
    public Embedding(int inputDim, int outputDim, Initializer? embeddingsInitializer = null, bool maskZero = false, string? name = null)
        : base(name)
    {
        if (inputDim < 1 || outputDim < 1)
        {
            throw new ArgumentOutOfRangeException(inputDim < 1 ? nameof(inputDim) : nameof(outputDim), $"Embedding '{Name}' needs inputDim >= 1 and outputDim >= 1, received {inputDim} and {outputDim}.");
        }

        InputDim = inputDim;
        OutputDim = outputDim;
        EmbeddingsInitializer = embeddingsInitializer ?? new RandomUniform();
        MaskZero = maskZero;
    }

    /// <summary>The vocabulary size.</summary>
    public int InputDim { get; }

    /// <summary>The size of each vector.</summary>
    public int OutputDim { get; }

    /// <summary>The table's initializer.</summary>
    public Initializer EmbeddingsInitializer { get; }

    /// <summary>Whether index 0 is padding and masked.</summary>
    public bool MaskZero { get; }

    /// <summary>The table E, shape (inputDim, outputDim); null before build.</summary>
    public Variable? Embeddings => _embeddings;

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        _embeddings = AddWeight("embeddings", new Shape(InputDim, OutputDim), EmbeddingsInitializer);
        base.Build(inputShape);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">An index is outside [0, inputDim).</exception>
    public override Tensor Call(Tensor x, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (_embeddings is null)
        {
            throw new InvalidOperationException($"Embedding '{Name}' is not built; call Build(shape) or Apply(x) first.");
        }

        var indices = new int[x.Size];
        for (int i = 0; i < indices.Length; i++)
        {
            double v = Math.Round(x.GetFlat(i));
            if (!(v >= 0 && v < InputDim))
            {
                throw new ArgumentException($"Embedding '{Name}' expects indices in [0, {InputDim}), received {x.GetFlat(i)} at flat position {i} of an input of shape {x.Shape}.", nameof(x));
            }

            indices[i] = (int)v;
        }

        Tensor rows = Ops.Gather(_embeddings.Value, indices, 0);
        return Ops.Reshape(rows, ComputeOutputShape(x.Shape));
    }

    /// <inheritdoc/>
    public override Tensor? ComputeMask(Tensor x, Tensor? mask)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!MaskZero)
        {
            return null;
        }

        Tensor m = Tensor.Zeros(x.Shape);
        for (int i = 0; i < x.Size; i++)
        {
            m.SetFlat(i, Math.Round(x.GetFlat(i)) != 0 ? 1 : 0);
        }

        return m;
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(Shape inputShape) => new([.. inputShape.ToArray(), OutputDim]);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["input_dim"] = InputDim,
        ["output_dim"] = OutputDim,
        ["embeddings_initializer"] = InitializerRegistry.Serialize(EmbeddingsInitializer),
        ["mask_zero"] = MaskZero,
    };
}
