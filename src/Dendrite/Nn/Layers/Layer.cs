// Layer: the unit networks are built from, with Keras' contract:
//   Build(inputShape)   creates the weights, through AddWeight(name, shape, initializer) — never by reflection
//   Call(x, training)   the forward computation, from differentiable ops (the tape gives the backward)
//   ComputeOutputShape  the output shape for an input shape (batch axis -1 = unknown)
//   GetConfig           the settings that recreate the layer
// Apply(x) builds on first use from the input's shape and checks later inputs against it, and records the
// activity regularizer's penalty on the output (divided by the batch size, as Keras 3's Layer.__call__).
// Losses = those activity penalties from the last Apply + the penalties of the trainable weights'
// regularizers, computed from the current values (so they differentiate on the tape), as Keras' layer.losses.
using System.Collections.Concurrent;
using System.Text;
using Dendrite.Autodiff;
using Dendrite.Nn.Constraints;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Regularizers;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>A building block of a network: holds weights and maps an input tensor to an output tensor.</summary>
/// <remarks>Subclass it for a custom layer: create weights in <see cref="Build(Shape)"/> with <see cref="AddWeight"/>, compute in <see cref="Call(Tensor, bool)"/>.</remarks>
public abstract partial class Layer
{
    private static readonly ConcurrentDictionary<string, int> s_nameCounters = new();
    private const ulong DefaultSeed = 1337;

    private readonly List<Variable> _weights = [];
    private readonly List<Initializer> _initializers = [];
    private readonly List<(Variable Weight, Regularizer Regularizer)> _regularized = [];
    private readonly List<Tensor> _activityLosses = [];
    private RandomGenerator? _random;

    /// <summary>Creates a layer.</summary>
    /// <param name="name">A unique name; default null = the snake_case type name with a counter (<c>dense</c>, <c>dense_1</c>, …).</param>
    protected Layer(string? name = null)
    {
        Name = name ?? UniqueName(KerasTypeName(GetType().Name));
    }

    /// <summary>The layer's name, used in summaries, weight names and error messages.</summary>
    public string Name { get; }

    /// <summary>Whether <see cref="Build(Shape)"/> has run.</summary>
    public bool Built { get; private set; }

    /// <summary>Whether the optimizer updates this layer's weights; default true.</summary>
    public bool Trainable { get; set; } = true;

    /// <summary>The input shape the layer was built for (batch axis -1), once built.</summary>
    public Shape? InputShape { get; private set; }

    /// <summary>Every weight, trainable or not, in creation order.</summary>
    public IReadOnlyList<Variable> Weights => _weights;

    /// <summary>The weights the optimizer updates (none when <see cref="Trainable"/> is false).</summary>
    public IReadOnlyList<Variable> TrainableVariables => Trainable ? _weights.Where(w => w.Trainable).ToList() : [];

    /// <summary>The weights the optimizer does not update.</summary>
    public IReadOnlyList<Variable> NonTrainableVariables => Trainable ? _weights.Where(w => !w.Trainable).ToList() : _weights;

    /// <summary>The penalty on the layer's output, recorded by <see cref="Apply(Tensor, bool)"/>; default null = none.</summary>
    public Regularizer? ActivityRegularizer { get; set; }

    /// <summary>The layer's regularization penalties: its trainable weights' regularizers, plus the activity penalty of the last <see cref="Apply(Tensor, bool)"/>.</summary>
    /// <remarks>Weight penalties are computed from the current values each time, so on a gradient tape they differentiate into the weights.</remarks>
    public IReadOnlyList<Tensor> Losses
    {
        get
        {
            var losses = new List<Tensor>(_activityLosses);
            foreach (var (weight, regularizer) in _regularized)
            {
                if (Trainable && weight.Trainable)
                {
                    losses.Add(regularizer.Call(weight.Value));
                }
            }

            return losses;
        }
    }

    /// <summary>The number of scalars in all weights.</summary>
    public long CountParams() => _weights.Sum(w => (long)w.Shape.Size);

    /// <summary>The generator this layer draws initial weights and dropout masks from.</summary>
    /// <remarks>A model sets it from its seed before building; a standalone layer derives a fixed default seed from its name, so runs are reproducible either way and two layers do not start alike.</remarks>
    public RandomGenerator Random
    {
        get => _random ??= new RandomGenerator(DefaultSeed ^ StableHash(Name));
        set => _random = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The generators whose state a saved model keeps, by name: <c>random</c> (<see cref="Random"/>) once set or used.</summary>
    /// <remarks>A layer that draws from a generator of its own (e.g. a seeded Dropout) adds it, so resumed training replays it.</remarks>
    internal virtual IEnumerable<KeyValuePair<string, RandomGenerator>> GetRandomGenerators() =>
        _random is null ? [] : [new("random", _random)];

    /// <summary>Creates the layer's weights for inputs of <paramref name="inputShape"/>.</summary>
    /// <param name="inputShape">The input shape including the batch axis (-1 when unknown).</param>
    public virtual void Build(Shape inputShape)
    {
        InputShape = inputShape;
        Built = true;
    }

    /// <summary>The forward computation. Use differentiable ops: the gradient tape derives the backward pass.</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="training">True during training (dropout active, statistics updated); default false.</param>
    public abstract Tensor Call(Tensor x, bool training = false);

    /// <summary>The output shape for an input shape; the default keeps the shape.</summary>
    /// <param name="inputShape">The input shape including the batch axis (-1 when unknown).</param>
    public virtual Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <summary>The settings that recreate this layer, as name → value (Keras' <c>get_config</c>).</summary>
    public virtual IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>
    {
        ["name"] = Name,
        ["trainable"] = Trainable,
    };

    /// <summary>Builds the layer if needed, checks the input against the built shape, then calls it.</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="training">True during training; default false.</param>
    /// <exception cref="ShapeMismatchException">The input shape differs from the one the layer was built for.</exception>
    public Tensor Apply(Tensor x, bool training = false) => Apply(x, null, training);

    /// <summary>Builds the layer if needed, checks the input against the built shape, then calls it with the input's mask.</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="mask">The mask of <paramref name="x"/> (see <see cref="ComputeMask"/>), or null for none.</param>
    /// <param name="training">True during training; default false.</param>
    /// <exception cref="ShapeMismatchException">The input shape differs from the one the layer was built for.</exception>
    public Tensor Apply(Tensor x, Tensor? mask, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (!Built)
        {
            Build(x.Shape.With(0, -1));
        }
        else
        {
            CheckInput(x.Shape);
        }

        _activityLosses.Clear();
        Tensor y = Call(x, mask, training);
        if (ActivityRegularizer is { } activity)
        {
            Tensor penalty = activity.Call(y);
            _activityLosses.Add(y.Rank > 0 && y.Shape[0] > 0 ? Ops.Multiply(penalty, 1.0 / y.Shape[0]) : penalty);
        }

        return y;
    }

    /// <summary>Throws <see cref="ShapeMismatchException"/> when <paramref name="shape"/> does not match the built input shape.</summary>
    /// <param name="shape">The received shape, with batch axis.</param>
    protected void CheckInput(Shape shape)
    {
        if (InputShape is not { } expected)
        {
            return;
        }

        bool ok = expected.Rank == shape.Rank;
        for (int i = 1; ok && i < shape.Rank; i++)
        {
            ok = expected[i] < 0 || expected[i] == shape[i];
        }

        if (!ok)
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects input shape {expected}, received shape {shape}.");
        }
    }

    /// <summary>Creates a weight and registers it with the layer.</summary>
    /// <param name="name">The weight's short name, e.g. <c>kernel</c>; stored as <c>layer/kernel</c>.</param>
    /// <param name="shape">The weight's shape.</param>
    /// <param name="initializer">How to draw its first values.</param>
    /// <param name="trainable">Whether optimizers update it; default true.</param>
    /// <param name="regularizer">A penalty on the weight, reported in <see cref="Losses"/>; default null = none.</param>
    /// <param name="constraint">A projection the optimizer applies after each update; default null = none.</param>
    protected Variable AddWeight(string name, Shape shape, Initializer initializer, bool trainable = true, Regularizer? regularizer = null, Constraint? constraint = null)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        var v = new Variable($"{Name}/{name}", initializer.Initialize(shape, Random), trainable) { Constraint = constraint is null ? null : constraint.Apply };
        _weights.Add(v);
        _initializers.Add(initializer);
        if (regularizer is not null)
        {
            _regularized.Add((v, regularizer));
        }

        return v;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} '{Name}'";

    /// <summary>Keras' snake_case form of a class name: <c>BatchNormalization</c> → <c>batch_normalization</c>.</summary>
    internal static string KerasTypeName(string typeName)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < typeName.Length; i++)
        {
            char c = typeName[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(typeName[i - 1]) || (i + 1 < typeName.Length && char.IsLower(typeName[i + 1]) && char.IsUpper(typeName[i - 1]))))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string UniqueName(string baseName)
    {
        int n = s_nameCounters.AddOrUpdate(baseName, 0, (_, c) => c + 1);
        return n == 0 ? baseName : $"{baseName}_{n}";
    }
}
