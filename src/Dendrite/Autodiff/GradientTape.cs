// GradientTape: define-by-run, reverse-mode automatic differentiation.
// While a tape is active on a thread, every op whose inputs are tracked (watched, or produced by a
// recorded op) appends a record: (output, inputs, backward rule). Records are appended in execution
// order, which is a topological order, so the backward pass walks them in reverse:
//   grad[target] = 1
//   for record in reverse:  dx_i = record.Backward(grad[output])   for each input i that needs it
//                           grad[input_i] += dx_i                   (fan-out sums: the chain rule)
// Gradients live here, on the tape, never on tensors. Recording is switched off while backward rules
// run, so rules may use the public ops freely (higher-order gradients are not supported).
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>Records differentiable operations so that gradients can be computed by reverse-mode differentiation.</summary>
/// <remarks>
/// <code>
/// using var tape = new GradientTape();
/// tape.Watch(w);
/// Tensor loss = Ops.Sum(Ops.Multiply(w, w));
/// Tensor[] grads = tape.Gradient(loss, [w]);   // 2w
/// </code>
/// A tape records on the thread that created it, until disposed. Unless <c>persistent</c>, it can compute gradients once.
/// </remarks>
public sealed class GradientTape : IDisposable
{
    [ThreadStatic]
    private static GradientTape? s_current;

    private readonly GradientTape? _outer;
    private readonly bool _persistent;
    private readonly List<Record> _records = [];
    private readonly HashSet<Tensor> _tracked = new(ReferenceEqualityComparer.Instance);
    private bool _disposed;
    private bool _used;

    /// <summary>Starts recording on the current thread.</summary>
    /// <param name="persistent">When true, <see cref="Gradient"/> may be called more than once; default false.</param>
    public GradientTape(bool persistent = false)
    {
        _persistent = persistent;
        _outer = s_current;
        s_current = this;
    }

    /// <summary>A backward rule: given the gradient of the op's output, returns the gradient of each input that needs one (null where not needed).</summary>
    /// <param name="outputGradient">dL/dy, with the output's shape.</param>
    /// <param name="needsInputGradient">For each input, whether its gradient is wanted.</param>
    public delegate Tensor?[] BackwardRule(Tensor outputGradient, bool[] needsInputGradient);

    /// <summary>Whether some tape is recording on this thread.</summary>
    public static bool IsRecording => s_current is not null;

    /// <summary>The number of operations recorded so far.</summary>
    public int RecordCount => _records.Count;

    /// <summary>Tracks <paramref name="tensor"/> so that gradients with respect to it can be computed.</summary>
    /// <param name="tensor">A source tensor, typically a weight.</param>
    public void Watch(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        _tracked.Add(tensor);
    }

    /// <summary>Whether <paramref name="tensor"/> is watched by or was produced on the active tape.</summary>
    /// <param name="tensor">The tensor.</param>
    public static bool IsTracked(Tensor tensor) => s_current is { } tape && tape._tracked.Contains(tensor);

    /// <summary>Records an op on the active tape if any of its inputs is tracked; otherwise does nothing.</summary>
    /// <param name="output">The op's result.</param>
    /// <param name="inputs">The op's differentiable inputs.</param>
    /// <param name="backward">The op's backward rule.</param>
    public static void RecordOperation(Tensor output, Tensor[] inputs, BackwardRule backward)
    {
        GradientTape? tape = s_current;
        if (tape is null)
        {
            return;
        }

        bool any = false;
        foreach (Tensor input in inputs)
        {
            any |= tape._tracked.Contains(input);
        }

        if (!any)
        {
            return;
        }

        tape._records.Add(new Record(output, inputs, backward));
        tape._tracked.Add(output);
    }

    /// <summary>Computes d<paramref name="target"/>/d<paramref name="sources"/> by walking the recorded ops backwards.</summary>
    /// <param name="target">The value to differentiate, usually a scalar loss; a non-scalar target is treated as the sum of its elements.</param>
    /// <param name="sources">The tensors to differentiate with respect to.</param>
    /// <returns>One gradient per source, with the source's shape; zeros for a source the target does not depend on.</returns>
    /// <exception cref="InvalidOperationException">A non-persistent tape was already used, or the tape is disposed.</exception>
    public Tensor[] Gradient(Tensor target, IReadOnlyList<Tensor> sources)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(sources);
        if (_used && !_persistent)
        {
            throw new InvalidOperationException("A non-persistent GradientTape can compute gradients only once; create it with persistent: true to call Gradient again.");
        }

        _used = true;
        var grads = new Dictionary<Tensor, Tensor>(ReferenceEqualityComparer.Instance)
        {
            [target] = TensorPool.Full(target.Shape, 1.0, target.DType),
        };

        GradientTape? saved = s_current;
        s_current = null; // backward rules use ops; they must not record
        try
        {
            for (int r = _records.Count - 1; r >= 0; r--)
            {
                Record record = _records[r];
                if (!grads.TryGetValue(record.Output, out Tensor? dy))
                {
                    continue;
                }

                var needs = new bool[record.Inputs.Length];
                bool any = false;
                for (int i = 0; i < needs.Length; i++)
                {
                    needs[i] = _tracked.Contains(record.Inputs[i]);
                    any |= needs[i];
                }

                if (!any)
                {
                    continue;
                }

                Tensor?[] dx = record.Backward(dy, needs);
                for (int i = 0; i < needs.Length; i++)
                {
                    if (!needs[i] || dx[i] is not { } g)
                    {
                        continue;
                    }

                    Tensor input = record.Inputs[i];
                    if (g.Shape != input.Shape)
                    {
                        throw new InvalidOperationException($"Backward rule returned a gradient of shape {g.Shape} for an input of shape {input.Shape}.");
                    }

                    grads[input] = grads.TryGetValue(input, out Tensor? acc) ? Ops.Add(acc, g) : g;
                }
            }
        }
        finally
        {
            s_current = saved;
        }

        var result = new Tensor[sources.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = grads.TryGetValue(sources[i], out Tensor? g) ? g : TensorPool.ZerosLike(sources[i]);
        }

        if (!_persistent)
        {
            _records.Clear();
        }

        return result;
    }

    /// <summary>Detaches the active tape from this thread and returns it (for <see cref="NoRecording"/>).</summary>
    internal static GradientTape? Pause()
    {
        GradientTape? current = s_current;
        s_current = null;
        return current;
    }

    /// <summary>Re-attaches a tape returned by <see cref="Pause"/>.</summary>
    internal static void Resume(GradientTape? tape) => s_current = tape;

    /// <summary>Stops recording; the tape's records are released.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(s_current, this))
        {
            s_current = _outer;
        }
    }

    private sealed record Record(Tensor Output, Tensor[] Inputs, BackwardRule Backward);
}
