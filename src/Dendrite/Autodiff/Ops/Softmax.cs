// Softmax: y_j = e^(x_j - m) / Σ_k e^(x_k - m) along an axis, m = max_k x_k (stable)
// Backward: dx_j = y_j (dy_j - Σ_k dy_k y_k)   (saves y)
// LogSoftmax: y_j = x_j - m - log Σ_k e^(x_k - m)
// Backward: dx_j = dy_j - e^(y_j) Σ_k dy_k
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

public static partial class Ops
{
    /// <summary>Softmax along <paramref name="axis"/>, computed stably.</summary>
    /// <remarks><c>y_j = e^(x_j − max x) / Σ_k e^(x_k − max x)</c>; <c>dx_j = y_j (dy_j − Σ_k dy_k y_k)</c>.</remarks>
    /// <param name="x">The logits.</param>
    /// <param name="axis">The axis that sums to 1; default -1 (last).</param>
    public static Tensor Softmax(Tensor x, int axis = -1) => SoftmaxCore(x, axis, log: false);

    /// <summary>Log of the softmax along <paramref name="axis"/>, computed stably.</summary>
    /// <remarks><c>y_j = x_j − max x − log Σ_k e^(x_k − max x)</c>; <c>dx_j = dy_j − e^(y_j) Σ_k dy_k</c>.</remarks>
    /// <param name="x">The logits.</param>
    /// <param name="axis">The axis; default -1 (last).</param>
    public static Tensor LogSoftmax(Tensor x, int axis = -1) => SoftmaxCore(x, axis, log: true);

    private static Tensor SoftmaxCore(Tensor x, int axis, bool log)
    {
        var (outer, n, inner) = Dispatch.Split(x.Shape, x.Shape.NormalizeAxis(axis));
        Tensor y = TensorPool.ZerosLike(x);
        SoftmaxInto(x, axis, log, y);
        GradientTape.RecordOperation(y, [x], (dy, needs) =>
        {
            Tensor dx = TensorPool.ZerosLike(x);
            if (x.DType == DType.Float32)
            {
                Kernels.Softmax.Backward(y.Span<float>(), dy.Span<float>(), outer, n, inner, dx.Span<float>(), log);
            }
            else
            {
                Kernels.Softmax.Backward(y.Span<double>(), dy.Span<double>(), outer, n, inner, dx.Span<double>(), log);
            }

            return [dx];
        });
        return y;
    }

    /// <summary>Softmax (or log-softmax) of <paramref name="x"/> along <paramref name="axis"/> into an existing <paramref name="y"/> of x's shape and dtype; not recorded.</summary>
    internal static void SoftmaxInto(Tensor x, int axis, bool log, Tensor y)
    {
        var (outer, n, inner) = Dispatch.Split(x.Shape, x.Shape.NormalizeAxis(axis));
        if (x.DType == DType.Float32)
        {
            Kernels.Softmax.Forward(x.Span<float>(), outer, n, inner, y.Span<float>(), log);
        }
        else
        {
            Kernels.Softmax.Forward(x.Span<double>(), outer, n, inner, y.Span<double>(), log);
        }
    }
}
