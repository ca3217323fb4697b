// InferencePlan's parts: a node (one layer call over value slots) and a frame (per input shape, each node's
// InferenceStep or Apply, and its output buffer). See InferencePlan.cs for how a plan runs them.
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Training;

/// <summary>The node and frame types of a plan.</summary>
internal sealed partial class InferencePlan
{
    /// <summary>How a node runs in a frame.</summary>
    private enum StepKind : byte
    {
        /// <summary>Not decided yet (the frame's first batch decides).</summary>
        Unknown,

        /// <summary>The output is the input.</summary>
        Identity,

        /// <summary>The layer's InferenceStep into the frame's buffer.</summary>
        Step,

        /// <summary>Layer.Apply (or Call, for several inputs), as Model.Call does.</summary>
        Apply,
    }

    /// <summary>One layer call: the slots it reads and the slot it writes.</summary>
    private sealed class Node(Layer layer, int[] inputs, int output)
    {
        public Layer Layer { get; } = layer;

        public int[] Inputs { get; } = inputs;

        public int Output { get; } = output;

        /// <summary>The list handed to a layer with several inputs, refilled each call.</summary>
        public Tensor[]? Arguments { get; } = inputs.Length > 1 ? new Tensor[inputs.Length] : null;
    }

    /// <summary>The steps and buffers for one combination of input shapes.</summary>
    private sealed class Frame
    {
        private readonly int[][] _inputDims;

        public Frame(ReadOnlySpan<Tensor> batch, int nodes)
        {
            _inputDims = new int[batch.Length][];
            for (int i = 0; i < batch.Length; i++)
            {
                _inputDims[i] = batch[i].Shape.ToArray();
            }

            Kinds = new StepKind[nodes];
            Steps = new InferenceStep?[nodes];
            Buffers = new Tensor?[nodes];
        }

        public StepKind[] Kinds { get; }

        public InferenceStep?[] Steps { get; }

        public Tensor?[] Buffers { get; }

        public bool Fits(ReadOnlySpan<Tensor> batch)
        {
            for (int i = 0; i < batch.Length; i++)
            {
                if (!batch[i].Shape.Dims.SequenceEqual(_inputDims[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Decides how node <paramref name="index"/> runs for <paramref name="inputs"/>: a step when its layer offers one for these
        /// float32 shapes (after the check Apply would make), else Apply (or Call, for several inputs).</summary>
        public void Prepare(int index, Layer layer, ReadOnlySpan<Tensor> inputs, bool merge)
        {
            bool float32 = true;
            foreach (Tensor t in inputs)
            {
                float32 &= t.DType == DType.Float32;
            }

            InferenceStep? step = null;
            if (float32 && merge)
            {
                var shapes = new Shape[inputs.Length];
                for (int i = 0; i < shapes.Length; i++)
                {
                    shapes[i] = inputs[i].Shape;
                }

                step = layer.CreateInferenceStep(shapes);
            }
            else if (float32 && layer.InputShape is { } expected && Model.ShapeFits(expected, inputs[0].Shape))
            {
                step = layer.CreateInferenceStep(inputs[0].Shape);
            }

            if (step is null)
            {
                Kinds[index] = StepKind.Apply;
            }
            else if (ReferenceEquals(step, InferenceStep.Identity))
            {
                Kinds[index] = StepKind.Identity;
            }
            else
            {
                Steps[index] = step;
                Buffers[index] = Tensor.Zeros(step.OutputShape);
                Kinds[index] = StepKind.Step;
            }
        }
    }
}
