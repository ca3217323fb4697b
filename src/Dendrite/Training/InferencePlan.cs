// InferencePlan: Predict's forward pass through one model, made once per thread and reused, so that a
// steady-state Predict allocates nothing but its result.
//   plan    the model's forward pass as nodes over value slots — Sequential: the chain of layers; a functional
//           Model: its graph in execution order — made the first time a thread predicts with the model;
//   frame   per input shape (batch rows included): each node's InferenceStep and output buffer, made on the first
//           batch of that shape and reused by every later one (at most MaxFrames shapes are kept).
// A node whose layer offers a step (Nn/Layers/InferenceStep.cs: Dense, activations, Add, Concatenate, and layers
// that are the identity at inference) runs it into its frame's buffer; any other node runs Apply, or Call for several inputs, exactly as
// Model.Call does (its result rented from the thread's TensorPool). Same kernels in the same order: the outputs are
// bit-identical to model.Call(x, training: false).
// Validity: a plan remembers the model's layers and input shape, so Sequential.Add or a Build for another shape
// makes it stale, as does a step whose layer's weights changed shape (the layer rebuilt); a stale plan is replaced.
// Weight values are read on every call. An activity regularizer (which records a penalty in Apply) or a layer from
// outside the library (which might keep a reference to a reused buffer) sends Predict down the general path.
// Threads: plans live in a [ThreadStatic] table keyed weakly by model (a model's plans die with it), so concurrent
// Predict calls share nothing mutable; a Predict nested inside another on the same model (a layer calling it) finds
// the plan busy and takes the general path.
// The node and frame types are in InferencePlan.Frame.cs.
using System.Runtime.CompilerServices;
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>A model's forward pass for Predict with reused buffers, owned by one thread.</summary>
internal sealed partial class InferencePlan
{
    /// <summary>Input shapes (batch sizes) whose buffers a plan keeps; a new shape beyond them starts afresh.</summary>
    private const int MaxFrames = 8;

    [ThreadStatic]
    private static ConditionalWeakTable<Model, InferencePlan>? s_plans;

    private readonly Layer[] _layers;
    private readonly Shape? _inputShape;
    private readonly bool _usable;
    private readonly Node[] _nodes = [];
    private readonly int[] _inputSlots = [];
    private readonly int[] _outputSlots = [];
    private readonly Shape[] _expectedInputs = [];
    private readonly Tensor?[] _values = [];
    private readonly Tensor?[] _masks = [];
    private readonly List<Frame> _frames = [];
    private bool _stale;
    private bool _running;

    private InferencePlan(Model model)
    {
        IReadOnlyList<Layer> layers = model.Layers;
        _layers = [.. layers];
        _inputShape = model.InputShape;
        bool built = model.Built;
        foreach (Layer layer in _layers)
        {
            built &= layer.Built;
        }

        if (!built || !TrainStep.CanPoolInference(model))
        {
            return;
        }

        if (model.GetType() == typeof(Sequential))
        {
            // Slot 0 is the input, slot i + 1 the output of layer i.
            _nodes = new Node[_layers.Length];
            for (int i = 0; i < _layers.Length; i++)
            {
                _nodes[i] = new Node(_layers[i], [i], i + 1);
            }

            _inputSlots = [0];
            _outputSlots = [_layers.Length];
            _expectedInputs = model.InputShapes.ToArray();
            _values = new Tensor?[_layers.Length + 1];
        }
        else if (model.GetType() == typeof(Model) && model.GraphNodes is { } graph && model.GraphEnds is { } ends)
        {
            // One slot per graph node; nodes without inputs are the model's inputs, which the caller fills.
            var slots = new Dictionary<SymbolicTensor, int>(ReferenceEqualityComparer.Instance);
            foreach (SymbolicTensor t in graph)
            {
                slots[t] = slots.Count;
            }

            var nodes = new List<Node>();
            foreach (SymbolicTensor t in graph)
            {
                if (t.Inputs.Count > 0)
                {
                    nodes.Add(new Node(t.Layer, [.. t.Inputs.Select(p => slots[p])], slots[t]));
                }
            }

            _nodes = [.. nodes];
            _inputSlots = [.. ends.Inputs.Select(i => slots[i])];
            _outputSlots = [.. ends.Outputs.Select(o => slots[o])];
            _expectedInputs = [.. ends.Inputs.Select(i => i.Shape)];
            _values = new Tensor?[slots.Count];
        }
        else
        {
            return; // another model class: its Call may differ from the replay here
        }

        _masks = new Tensor?[_values.Length];
        _usable = true;
    }

    /// <summary>The number of model inputs.</summary>
    public int InputCount => _inputSlots.Length;

    /// <summary>The number of model outputs.</summary>
    public int OutputCount => _outputSlots.Length;

    /// <summary>This thread's plan for <paramref name="model"/> as it is now, or null when Predict must take the general path.</summary>
    public static InferencePlan? For(Model model)
    {
        ConditionalWeakTable<Model, InferencePlan> plans = s_plans ??= [];
        if (!plans.TryGetValue(model, out InferencePlan? plan) || plan._stale || !plan.Matches(model))
        {
            plan = new InferencePlan(model);
            plans.AddOrUpdate(model, plan);
        }

        return plan._usable && !plan._running && !HasActivityRegularizer(plan._layers) ? plan : null;
    }

    /// <summary>Whether <paramref name="xs"/> fit the plan (one per model input, float32, the same number of rows ≥ 1, shapes that fit):
    /// when not, the general path reports what is wrong. The values are not read here: see <see cref="AllFinite"/>.</summary>
    public bool Accepts(ReadOnlySpan<Tensor> xs)
    {
        if (xs.Length != _inputSlots.Length)
        {
            return false;
        }

        for (int i = 0; i < xs.Length; i++)
        {
            Tensor? x = xs[i];
            if (x is null || x.DType != DType.Float32 || x.Rank < 1 || x.Shape[0] == 0 || x.Shape[0] != xs[0].Shape[0]
                || !Model.ShapeFits(_expectedInputs[i], x.Shape))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every value of <paramref name="xs"/> is finite: when not, Predict takes the general path, which reports
    /// the first NaN or infinity with its row and column.</summary>
    /// <remarks>Separate from <see cref="Accepts"/> so that a Predict split across threads checks each part on the thread that
    /// runs it: on one thread the check of a 1024 × 784 input took 5 % of a 2-thread Predict.</remarks>
    public static bool AllFinite(ReadOnlySpan<Tensor> xs)
    {
        foreach (Tensor x in xs)
        {
            if (x.IndexOfNonFinite() >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs the forward pass on one batch; then <see cref="Output"/> holds the results until <see cref="Clear"/>.</summary>
    /// <returns>False when the plan turned out stale (a layer changed shape): nothing usable was computed; take the general path.</returns>
    public bool Run(ReadOnlySpan<Tensor> batch)
    {
        _running = true;
        try
        {
            Frame frame = FrameFor(batch);
            for (int i = 0; i < batch.Length; i++)
            {
                _values[_inputSlots[i]] = batch[i];
                _masks[_inputSlots[i]] = null;
            }

            for (int j = 0; j < _nodes.Length; j++)
            {
                if (!RunNode(_nodes[j], frame, j))
                {
                    _stale = true;
                    return false;
                }
            }

            return true;
        }
        finally
        {
            _running = false;
        }
    }

    /// <summary>Model output <paramref name="index"/> of the last <see cref="Run"/>.</summary>
    public Tensor Output(int index) => _values[_outputSlots[index]]!;

    /// <summary>Drops the references to the last batch's inputs and results (the buffers stay).</summary>
    public void Clear()
    {
        Array.Clear(_values);
        Array.Clear(_masks);
    }

    private static bool HasActivityRegularizer(Layer[] layers)
    {
        foreach (Layer layer in layers)
        {
            if (layer.ActivityRegularizer is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the model still has the layers and input shape the plan was made for.</summary>
    private bool Matches(Model model)
    {
        IReadOnlyList<Layer> layers = model.Layers;
        if (layers.Count != _layers.Length || model.InputShape != _inputShape)
        {
            return false;
        }

        for (int i = 0; i < _layers.Length; i++)
        {
            if (!ReferenceEquals(layers[i], _layers[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool RunNode(Node node, Frame frame, int index)
    {
        Layer layer = node.Layer;
        Tensor x = _values[node.Inputs[0]]!;
        Tensor? mask = _masks[node.Inputs[0]];
        ReadOnlySpan<Tensor> inputs = new(in x);
        if (node.Arguments is { } arguments)
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = _values[node.Inputs[i]]!;
            }

            inputs = arguments;
        }

        if (frame.Kinds[index] == StepKind.Unknown)
        {
            frame.Prepare(index, layer, inputs, node.Arguments is not null);
        }

        Tensor y;
        switch (frame.Kinds[index])
        {
            case StepKind.Identity:
                y = x;
                break;
            case StepKind.Step:
                y = frame.Buffers[index]!;
                if (!frame.Steps[index]!.Run(inputs, y))
                {
                    return false;
                }

                break;
            default:
                // As Model.Call: Apply with the mask for one input; Call with the list for several (no mask passes a merge).
                y = node.Arguments is null ? layer.Apply(x, mask, training: false) : layer.Call(node.Arguments, training: false);
                break;
        }

        _values[node.Output] = y;
        _masks[node.Output] = node.Arguments is null ? layer.ComputeMask(x, mask) : null;
        if (node.Arguments is not null)
        {
            Array.Clear(node.Arguments);
        }

        return true;
    }

    /// <summary>The frame for the batch's input shapes, made on first use.</summary>
    private Frame FrameFor(ReadOnlySpan<Tensor> batch)
    {
        foreach (Frame f in _frames)
        {
            if (f.Fits(batch))
            {
                return f;
            }
        }

        if (_frames.Count >= MaxFrames)
        {
            _frames.Clear();
        }

        var frame = new Frame(batch, _nodes.Length);
        _frames.Add(frame);
        return frame;
    }
}
