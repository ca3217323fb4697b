// Recurrent, calling: with initial states and returned states (CallWithStates), and in graphs with the
// initial states as extra inputs, Apply([x, h0]) or Apply([x, h0, c0]) (Keras' initial_state argument).
using Dendrite.Autodiff;
using Dendrite.Kernels.Recurrent;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

public abstract partial class Recurrent
{
    /// <summary>Runs the layer from given initial states and returns the output, then (with <see cref="ReturnState"/>) the final states.</summary>
    /// <param name="x">The input, shape (batch, steps, features).</param>
    /// <param name="initialState">The initial states, each (batch, units): [h] or, for the LSTM, [h, c]; default null = zeros.</param>
    /// <param name="mask">Which steps are used, (batch, steps) of 1 and 0; default null = all.</param>
    /// <param name="training">True during training; default false.</param>
    /// <returns>[output] or, with <see cref="ReturnState"/>, [output, h] or [output, h, c] (Keras' return_state).</returns>
    /// <exception cref="ShapeMismatchException">The input, a state or the mask has the wrong shape, or the number of states is wrong.</exception>
    public IReadOnlyList<Tensor> CallWithStates(Tensor x, IReadOnlyList<Tensor>? initialState = null, Tensor? mask = null, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (Kernel is null || RecurrentKernel is null)
        {
            throw new InvalidOperationException($"{GetType().Name} '{Name}' is not built; call Build(shape) or Apply(x) first.");
        }

        if (x.Rank != 3 || x.Shape[2] != Kernel.Shape[0])
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects input of shape (batch, steps, {Kernel.Shape[0]}), received shape {x.Shape}.");
        }

        int batch = x.Shape[0], steps = x.Shape[1];
        if (initialState is not null && initialState.Count != StateCount)
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects {StateCount} initial state tensor(s), received {initialState.Count}.");
        }

        foreach (Tensor state in initialState ?? [])
        {
            if (state.Shape != new Shape(batch, Units))
            {
                throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects initial states of shape {new Shape(batch, Units)}, received shape {state.Shape}.");
            }
        }

        if (mask is not null && mask.Shape != new Shape(batch, steps))
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' expects a mask of shape {new Shape(batch, steps)}, received shape {mask.Shape}.");
        }

        var spec = new RecurrentSpec(Cell, batch, steps, x.Shape[2], Units, ActivationKind, RecurrentActivationKind, GoBackwards, ReturnSequences, ReturnState, ResetAfterFlag);
        Tensor packed = Ops.RecurrentSequence(spec, x, Kernel.Value, RecurrentKernel.Value, Bias?.Value, initialState?[0], initialState is { Count: 2 } ? initialState[1] : null, mask);
        if (!ReturnState)
        {
            return [ReturnSequences ? packed : Ops.Reshape(packed, new Shape(batch, Units))];
        }

        Tensor output = Ops.Slice(packed, 1, 0, spec.OutputSteps);
        var result = new List<Tensor> { ReturnSequences ? output : Ops.Reshape(output, new Shape(batch, Units)) };
        for (int i = 0; i < StateCount; i++)
        {
            result.Add(Ops.Reshape(Ops.Slice(packed, 1, spec.OutputSteps + i, 1), new Shape(batch, Units)));
        }

        return result;
    }

    /// <inheritdoc/>
    /// <remarks>Takes [x] or [x, initial states…]; the states' shapes are checked when called.</remarks>
    public override void Build(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        CheckInputCount(inputShapes.Count);
        Build(inputShapes[0]);
    }

    /// <inheritdoc/>
    /// <remarks>Takes [x] or [x, initial states…] and returns the output.</remarks>
    public override Tensor Call(IReadOnlyList<Tensor> inputs, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        CheckInputCount(inputs.Count);
        return CallWithStates(inputs[0], inputs.Count > 1 ? inputs.Skip(1).ToList() : null, null, training)[0];
    }

    /// <inheritdoc/>
    public override Shape ComputeOutputShape(IReadOnlyList<Shape> inputShapes)
    {
        ArgumentNullException.ThrowIfNull(inputShapes);
        CheckInputCount(inputShapes.Count);
        return ComputeOutputShape(inputShapes[0]);
    }

    private void CheckInputCount(int count)
    {
        if (count != 1 && count != 1 + StateCount)
        {
            throw new ShapeMismatchException($"{GetType().Name} '{Name}' takes [x] or [x, {(StateCount == 2 ? "h, c" : "h")}], received {count} inputs.");
        }
    }
}
