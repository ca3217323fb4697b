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

/// <summary>A network of layers that can be compiled and trained: a functional graph, or a <see cref="Sequential"/> stack.</summary>
/// <remarks>
/// <code>
/// var input = new Input([4]);
/// var hidden = new Dense(16, Activation.Relu).Apply(input);
/// var model = new Model(input, new Dense(3, Activation.Softmax).Apply(hidden), seed: 42);
/// </code>
/// </remarks>
public partial class Model
{
    private CompiledOutput[] _compiled = [];

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

    /// <summary>The layers, in order (for a graph: inputs first, then in the order data flows).</summary>
    public virtual IReadOnlyList<Layer> Layers => _graph?.Layers ?? [];

    /// <summary>The layer named <paramref name="name"/> (Keras' <c>model.get_layer(name)</c>).</summary>
    /// <param name="name">The layer's name, e.g. <c>code</c>.</param>
    /// <returns>The layer object itself (not a copy): its weights are the model's.</returns>
    /// <exception cref="ArgumentException">No layer of the model has that name; the message lists the names.</exception>
    public Layer GetLayer(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Layers.FirstOrDefault(l => l.Name == name)
            ?? throw new ArgumentException($"Model '{Name}' has no layer named '{name}'; its layers are {string.Join(", ", Layers.Select(l => l.Name))}.", nameof(name));
    }

    /// <summary>The names of the model's inputs, in order.</summary>
    public virtual IReadOnlyList<string> InputNames => _graph?.Inputs.Select(i => i.Layer.Name).ToList() ?? [];

    /// <summary>The names of the model's outputs (their layers' names), in order; keys for per-output losses and logs.</summary>
    public virtual IReadOnlyList<string> OutputNames => _graph?.Outputs.Select(o => o.Layer.Name).ToList() ?? [];

    /// <summary>Whether the model's weights exist.</summary>
    public bool Built { get; protected set; }

    /// <summary>The input shape (batch axis -1) once built.</summary>
    public Shape? InputShape { get; protected set; }

    /// <summary>The output shape (batch axis -1) once built.</summary>
    public Shape? OutputShape { get; protected set; }

    /// <summary>The optimizer set by <see cref="Compile(Optimizer, Loss, IReadOnlyList{Metric})"/>.</summary>
    public Optimizer? Optimizer { get; private set; }

    /// <summary>The loss of the first output, set by <see cref="Compile(Optimizer, Loss, IReadOnlyList{Metric})"/>.</summary>
    public Loss? Loss => _compiled.Length > 0 ? _compiled[0].Loss : null;

    /// <summary>Every compiled metric of every output, with <c>"accuracy"</c> resolved from the loss.</summary>
    public IReadOnlyList<Metric> Metrics => _compiled.SelectMany(c => c.Metrics).ToList();

    /// <summary>Per output, in <see cref="OutputNames"/> order: its loss, loss weight and metrics.</summary>
    public IReadOnlyList<CompiledOutput> CompiledOutputs => _compiled;

    /// <summary>Whether <see cref="Compile(Optimizer, Loss, IReadOnlyList{Metric})"/> has been called.</summary>
    public bool IsCompiled => Optimizer is not null && _compiled.Length > 0;

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

    /// <summary>Every layer's regularization penalties (weight regularizers, and activity penalties of the last call), as Keras' <c>model.losses</c>.</summary>
    public IReadOnlyList<Tensor> Losses => Layers.SelectMany(l => l.Losses).ToList();

    /// <summary>Creates the weights for inputs of <paramref name="inputShape"/> (a graph model is built when constructed).</summary>
    /// <param name="inputShape">The input shape including the batch axis (-1 when unknown).</param>
    /// <exception cref="ShapeMismatchException">A graph model was built for another shape.</exception>
    public virtual void Build(Shape inputShape)
    {
        EnsureBuilt();
        if (InputShape is { } built && !ShapeFits(built, inputShape))
        {
            throw new ShapeMismatchException($"Model '{Name}' is built for input shape {built}, received {inputShape}.");
        }
    }

    /// <summary>The forward pass of a model with one input and one output.</summary>
    /// <param name="x">The input batch.</param>
    /// <param name="training">True during training (dropout active); default false.</param>
    /// <exception cref="InvalidOperationException">The model has several inputs or outputs; use the list form.</exception>
    public virtual Tensor Call(Tensor x, bool training = false)
    {
        if (InputNames.Count != 1 || OutputNames.Count != 1)
        {
            throw new InvalidOperationException($"Model '{Name}' has {InputNames.Count} inputs and {OutputNames.Count} outputs; call it with a list of inputs.");
        }

        return Call([x], training)[0];
    }

    /// <summary>The forward pass: one tensor per input, in <see cref="InputNames"/> order; one per output back.</summary>
    /// <param name="inputs">The input batches.</param>
    /// <param name="training">True during training (dropout active); default false.</param>
    /// <exception cref="ShapeMismatchException">The number or shapes of the inputs are wrong.</exception>
    public virtual IReadOnlyList<Tensor> Call(IReadOnlyList<Tensor> inputs, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        EnsureBuilt();
        return _graph!.Run(this, inputs, training);
    }

    /// <summary>Configures the model for training, with one loss (for every output) and metrics.</summary>
    /// <param name="optimizer">How weights are updated, e.g. <c>new Adam()</c>.</param>
    /// <param name="loss">What is minimised, e.g. <c>new SparseCategoricalCrossentropy()</c>; applied to every output.</param>
    /// <param name="metrics">What is reported; default null = none. <c>"accuracy"</c> is resolved from the loss, as Keras does. For several outputs give them per output with the dictionary overload.</param>
    /// <exception cref="ArgumentException">Metric names clash, or a metric list was given for several outputs.</exception>
    public void Compile(Optimizer optimizer, Loss loss, IReadOnlyList<Metric>? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(loss);
        IReadOnlyList<string> outputs = OutputNamesForCompile();
        if (outputs.Count > 1 && metrics is { Count: > 0 })
        {
            throw new ArgumentException($"Model '{Name}' has outputs {string.Join(", ", outputs)}; give metrics per output as a dictionary by output name.", nameof(metrics));
        }

        Compile(optimizer, outputs.ToDictionary(o => o, _ => loss), null, metrics is null ? null : new Dictionary<string, IReadOnlyList<Metric>> { [outputs[0]] = metrics });
    }

    /// <summary>Configures the model for training with a loss, a loss weight and metrics per output (Keras' dictionaries by output name).</summary>
    /// <param name="optimizer">How weights are updated.</param>
    /// <param name="loss">The loss of each output, by output name; every output needs one.</param>
    /// <param name="lossWeights">The weight of each output's loss in the total; default null = 1 for each.</param>
    /// <param name="metrics">The metrics of each output, by output name; default null = none.</param>
    /// <exception cref="ArgumentException">A name is not an output, an output has no loss, or metric names clash.</exception>
    public void Compile(Optimizer optimizer, IReadOnlyDictionary<string, Loss> loss, IReadOnlyDictionary<string, double>? lossWeights = null, IReadOnlyDictionary<string, IReadOnlyList<Metric>>? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(loss);
        IReadOnlyList<string> outputs = OutputNamesForCompile();
        CheckKeys(loss.Keys, outputs, "loss");
        CheckKeys(lossWeights?.Keys ?? [], outputs, "lossWeights");
        CheckKeys(metrics?.Keys ?? [], outputs, "metrics");
        var compiled = new CompiledOutput[outputs.Count];
        for (int i = 0; i < outputs.Count; i++)
        {
            string o = outputs[i];
            Loss l = loss.TryGetValue(o, out Loss? found) ? found : throw new ArgumentException($"Model '{Name}': output '{o}' has no loss; give one for each of {string.Join(", ", outputs)}.", nameof(loss));
            double w = lossWeights is not null && lossWeights.TryGetValue(o, out double weight) ? weight : 1.0;
            if (!double.IsFinite(w) || w < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(lossWeights), w, $"Model '{Name}': the loss weight of output '{o}' must be finite and >= 0.");
            }

            Metric[] ms = (metrics is not null && metrics.TryGetValue(o, out var list) ? list : []).Select(m => MetricRegistry.Resolve(m, l)).ToArray();
            compiled[i] = new CompiledOutput(o, l, w, ms, outputs.Count == 1 ? string.Empty : o + "_");
        }

        var names = compiled.SelectMany(c => c.Metrics.Select(m => c.Prefix + m.Name)).Concat(compiled.Length > 1 ? compiled.Select(c => c.Prefix + "loss") : []).ToList();
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1 || g.Key == "loss");
        var shared = compiled.SelectMany(c => c.Metrics).GroupBy(m => m, ReferenceEqualityComparer.Instance).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null || shared is not null)
        {
            throw new ArgumentException($"Model '{Name}': metric '{duplicate?.Key ?? (shared!.Key as Metric)?.Name}' is used twice (or clashes with 'loss'); give each output its own metric objects with unique names.", nameof(metrics));
        }

        Optimizer = optimizer;
        _compiled = compiled;
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

    private IReadOnlyList<string> OutputNamesForCompile() => OutputNames.Count > 0 ? OutputNames : ["output"];

    private void CheckKeys(IEnumerable<string> keys, IReadOnlyList<string> outputs, string what)
    {
        foreach (string k in keys)
        {
            if (!outputs.Contains(k))
            {
                throw new ArgumentException($"Model '{Name}': {what} names '{k}', which is not an output; the outputs are {string.Join(", ", outputs)}.", what);
            }
        }
    }

    /// <summary>Whether <paramref name="shape"/> (with batch axis) fits <paramref name="expected"/> (batch -1).</summary>
    internal static bool ShapeFits(Shape expected, Shape shape)
    {
        bool ok = expected.Rank == shape.Rank;
        for (int i = 1; ok && i < shape.Rank; i++)
        {
            ok = expected[i] < 0 || expected[i] == shape[i];
        }

        return ok;
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

        if (!ShapeFits(expected, x.Shape))
        {
            throw new ShapeMismatchException($"Model '{Name}' expects {what} of shape {expected}, received shape {x.Shape}.");
        }
    }
}
