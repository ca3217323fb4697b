// Masking: marks the padded steps of a sequence (Keras 3 keras/src/layers/core/masking.py).
//   x: (batch, steps, …)   mask[b, t] = any over the features of x[b, t, …] ≠ maskValue
//   y = x ⊙ mask (masked steps become 0), and the mask is passed on to the next layer (Layer.Masking.cs)
//   Backward: dx = dy ⊙ mask (the mask is data).
using Dendrite.Autodiff;
using Dendrite.Tensors;

namespace Dendrite.Nn.Layers;

/// <summary>Masks the time steps whose features all equal <see cref="MaskValue"/>, so later layers skip them.</summary>
/// <remarks><c>mask[b, t] = any(x[b, t, :] ≠ maskValue)</c>, <c>y = x ⊙ mask</c>.</remarks>
/// <param name="maskValue">The padding value; default 0.</param>
/// <param name="name">Default null = <c>masking</c>, <c>masking_1</c>, ….</param>
public sealed class Masking(double maskValue = 0.0, string? name = null) : Layer(name)
{
    /// <summary>The padding value.</summary>
    public double MaskValue { get; } = maskValue;

    /// <inheritdoc/>
    public override void Build(Shape inputShape)
    {
        if (inputShape.Rank < 3)
        {
            throw new ShapeMismatchException($"Masking '{Name}' expects input of shape (batch, steps, features…), received shape {inputShape}.");
        }

        base.Build(inputShape);
    }

    /// <inheritdoc/>
    public override Tensor Call(Tensor x, bool training = false)
    {
        Tensor mask = StepMask(x, x.DType);
        return Ops.Multiply(x, mask.View(new Shape([.. mask.Shape.ToArray(), .. Enumerable.Repeat(1, x.Rank - 2)])));
    }

    /// <inheritdoc/>
    public override Tensor? ComputeMask(Tensor x, Tensor? mask) => StepMask(x, DType.Float32);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> GetConfig() => new Dictionary<string, object?>(base.GetConfig())
    {
        ["mask_value"] = MaskValue,
    };

    private Tensor StepMask(Tensor x, DType dtype)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Rank < 3)
        {
            throw new ShapeMismatchException($"Masking '{Name}' expects input of shape (batch, steps, features…), received shape {x.Shape}.");
        }

        var mask = Tensor.Zeros(new Shape(x.Shape[0], x.Shape[1]), dtype);
        int features = x.Size / Math.Max(1, mask.Size);
        for (int i = 0; i < mask.Size; i++)
        {
            bool used = false;
            for (int f = 0; f < features && !used; f++)
            {
                used = x.GetFlat((i * features) + f) != MaskValue;
            }

            mask.SetFlat(i, used ? 1 : 0);
        }

        return mask;
    }
}
