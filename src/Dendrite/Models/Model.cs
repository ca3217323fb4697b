// Model: layers with a forward pass, compiled with an optimizer, a loss and metrics.
// Training (Fit / Evaluate / Predict) lives one layer up, in Dendrite.Training, as extension members,
// so that this layer does not depend on callbacks. Randomness: one seeded generator per model; every
// layer gets a fork of it at build time, so the same seed gives bit-identical weights.
using System.Security.Cryptography;
using Dendrite.Autodiff;
using Dendrite.Metrics;
using Dendrite.Nn;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;

namespace Dendrite.Models;

/// <summary>A network of layers that can be compiled and trained (see <see cref="Sequential"/>).</summary>
public abstract partial class Model
{
    private Metric[] _metrics = [];

    /// <summary>Creates a model.</summary>
    /// <param name="name">The model's name; default null = a name derived from the type.</param>
    /// <param name="seed">Seeds weights, dropout and shuffling; default null = a random seed, kept in <see cref="Seed"/> so the run can be repeated.</param>
    protected Model(string? name, int? seed)
    {
        Name = name ?? Layer.KerasTypeName(GetType().Name);
        Seed = seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        Random = new RandomGenerator(Seed);
    }

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>The seed of <see cref="Random"/>.</summary>
    public int Seed { get; }

    /// <summary>The model's generator: layers fork it at build time; training shuffles with it.</summary>
    public RandomGenerator Random { get; }

    /// <summary>The layers, in order.</summary>
    public abstract IReadOnlyList<Layer> Layers { get; }

    /// <summary>Whether the model's weights exist.</summary>
    public bool Built { get; protected set; }

    /// <summary>The input shape (batch axis -1) once built.</summary>
    public Shape? InputShape { get; protected set; }

    /// <summary>The output shape (batch axis -1) once built.</summary>
    public Shape? OutputShape { get; protected set; }

    /// <summary>The optimizer set by <see cref="Compile"/>.</summary>
    public Optimizer? Optimizer { get; private set; }

    /// <summary>The loss set by <see cref="Compile"/>.</summary>
    public Loss? Loss { get; private set; }

    /// <summary>The metrics set by <see cref="Compile"/>, with <c>"accuracy"</c> resolved from the loss.</summary>
    public IReadOnlyList<Metric> Metrics => _metrics;

    /// <summary>Whether <see cref="Compile"/> has been called.</summary>
    public bool IsCompiled => Optimizer is not null && Loss is not null;

    /// <summary>Set by a callback (e.g. EarlyStopping) to end training after the current epoch.</summary>
    public bool StopTraining { get; set; }

    /// <summary>Set by a callback in OnTrainBegin (BackupAndRestore) to make Fit start at this epoch; Fit clears it.</summary>
    internal int? InitialEpochOverride { get; set; }

    /// <summary>Every weight of every layer, in layer order.</summary>
    public IReadOnlyList<Variable> Weights => Layers.SelectMany(l => l.Weights).ToList();

    /// <summary>The weights the optimizer updates.</summary>
    public IReadOnlyList<Variable> TrainableVariables => Layers.SelectMany(l => l.TrainableVariables).ToList();

    /// <summary>The weights the optimizer leaves alone.</summary>
    public IReadOnlyList<Variable> NonTrainableVariables => Layers.SelectMany(l => l.NonTrainableVariables).ToList();

    /// <summary>Creates the weights for inputs of <paramref name="inputShape"/>.</summary>
    /// <param name="inputShape">The input shape including the batch axis (-1 when unknown).</param>
    public abstract void Build(Shape inputShape);

    /// <summary>The forward pass.</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="training">True during training (dropout active); default false.</param>
    /// <exception cref="InvalidOperationException">The model is not built.</exception>
    public abstract Tensor Call(Tensor x, bool training = false);

    /// <summary>Configures the model for training.</summary>
    /// <param name="optimizer">How weights are updated, e.g. <c>new Adam()</c>.</param>
    /// <param name="loss">What is minimised, e.g. <c>new SparseCategoricalCrossentropy()</c>.</param>
    /// <param name="metrics">What is reported; default null = none. <c>"accuracy"</c> is resolved from the loss, as Keras does.</param>
    public void Compile(Optimizer optimizer, Loss loss, IReadOnlyList<Metric>? metrics = null)
    {
        Optimizer = optimizer ?? throw new ArgumentNullException(nameof(optimizer));
        Loss = loss ?? throw new ArgumentNullException(nameof(loss));
        _metrics = (metrics ?? []).Select(m => MetricRegistry.Resolve(m, loss)).ToArray();
        var duplicate = _metrics.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1 || g.Key == "loss");
        if (duplicate is not null)
        {
            throw new ArgumentException($"Model '{Name}': metric name '{duplicate.Key}' is used twice (or clashes with 'loss'); give each metric a unique name.", nameof(metrics));
        }
    }

    /// <summary>The number of scalars in all weights.</summary>
    public long CountParams() => Layers.Sum(l => l.CountParams());

    /// <summary>Copies of every weight, in <see cref="Weights"/> order.</summary>
    public IReadOnlyList<Tensor> GetWeights() => Weights.Select(w => w.Value.Clone()).ToList();

    /// <summary>Sets every weight from <paramref name="weights"/>, in <see cref="Weights"/> order.</summary>
    /// <param name="weights">One tensor per weight, of the same shapes.</param>
    /// <exception cref="ArgumentException">The count or a shape differs; the message names the weight.</exception>
    public void SetWeights(IReadOnlyList<Tensor> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        IReadOnlyList<Variable> vars = Weights;
        if (weights.Count != vars.Count)
        {
            throw new ArgumentException($"Model '{Name}' has {vars.Count} weights ({string.Join(", ", vars.Select(v => $"{v.Name} {v.Shape}"))}), received {weights.Count} tensors.", nameof(weights));
        }

        for (int i = 0; i < vars.Count; i++)
        {
            if (weights[i].Shape != vars[i].Shape)
            {
                throw new ArgumentException($"Model '{Name}': weight {i} '{vars[i].Name}' has shape {vars[i].Shape}, received {weights[i].Shape}.", nameof(weights));
            }
        }

        for (int i = 0; i < vars.Count; i++)
        {
            vars[i].Assign(weights[i]);
        }
    }

    /// <summary>Throws unless the model is built.</summary>
    protected void EnsureBuilt()
    {
        if (!Built)
        {
            throw new InvalidOperationException($"Model '{Name}' is not built: give it an Input layer, call Build(shape), or call Fit/Predict with data first.");
        }
    }

    /// <summary>Throws <see cref="ShapeMismatchException"/> unless <paramref name="x"/> fits the built input shape.</summary>
    /// <param name="x">The input.</param>
    /// <param name="what">What the input is, for the message (e.g. "Fit x").</param>
    internal void CheckInputShape(Tensor x, string what)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (InputShape is not { } expected)
        {
            return;
        }

        bool ok = expected.Rank == x.Rank;
        for (int i = 1; ok && i < x.Rank; i++)
        {
            ok = expected[i] < 0 || expected[i] == x.Shape[i];
        }

        if (!ok)
        {
            throw new ShapeMismatchException($"Model '{Name}' expects {what} of shape {expected}, received shape {x.Shape}.");
        }
    }
}
