// Dispatch: the bridge from Tensor-level ops to span kernels, choosing the float32 or float64
// instantiation once per call. Every op allocates its result here; kernels never allocate.
using System.Numerics;
using Dendrite.Kernels;
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>Runs span kernels on tensors of either dtype.</summary>
internal static class Dispatch
{
    /// <summary>A span-to-span map, such as <c>TensorPrimitives.Exp</c>.</summary>
    public delegate void SpanMap<T>(ReadOnlySpan<T> x, Span<T> destination);

    /// <summary>y = op(x) element-wise.</summary>
    public static Tensor Unary<TOp>(Tensor x, TOp op)
        where TOp : struct, IUnaryOperator
    {
        Tensor y = TensorPool.ZerosLike(x);
        UnaryInto(x, y, op);
        return y;
    }

    /// <summary>y = op(x) element-wise into an existing <paramref name="y"/> of x's shape and dtype (inference into preallocated buffers).</summary>
    public static void UnaryInto<TOp>(Tensor x, Tensor y, TOp op)
        where TOp : struct, IUnaryOperator
    {
        if (x.DType == DType.Float32)
        {
            Elementwise.Map(x.Span<float>(), y.Span<float>(), op);
        }
        else
        {
            Elementwise.Map(x.Span<double>(), y.Span<double>(), op);
        }
    }

    /// <summary>y = f(x) with a span function per dtype (TensorPrimitives methods).</summary>
    public static Tensor Map(Tensor x, SpanMap<float> f32, SpanMap<double> f64)
    {
        Tensor y = TensorPool.ZerosLike(x);
        MapInto(x, y, f32, f64);
        return y;
    }

    /// <summary>y = f(x) into an existing <paramref name="y"/> of x's shape and dtype, with a span function per dtype.</summary>
    public static void MapInto(Tensor x, Tensor y, SpanMap<float> f32, SpanMap<double> f64)
    {
        if (x.DType == DType.Float32)
        {
            f32(x.Span<float>(), y.Span<float>());
        }
        else
        {
            f64(x.Span<double>(), y.Span<double>());
        }
    }

    /// <summary>z = op(a, b) element-wise with numpy broadcasting.</summary>
    public static Tensor Binary<TOp>(Tensor a, Tensor b, TOp op, string opName)
        where TOp : struct, IBinaryOperator
    {
        SameDType(a, b, opName);
        Shape shape;
        try
        {
            shape = Broadcast.Shapes(a.Shape, b.Shape);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{opName}: {e.Message}", e);
        }

        Tensor z = TensorPool.Zeros(shape, a.DType);
        BinaryInto(a, b, z, op);
        return z;
    }

    /// <summary>z = op(a, b) element-wise with numpy broadcasting into an existing <paramref name="z"/> of the broadcast shape (z may be a or b when it has their shape).</summary>
    public static void BinaryInto<TOp>(Tensor a, Tensor b, Tensor z, TOp op)
        where TOp : struct, IBinaryOperator
    {
        if (a.DType == DType.Float32)
        {
            Broadcast.Binary(a.Span<float>(), a.Shape, b.Span<float>(), b.Shape, z.Span<float>(), z.Shape, op);
        }
        else
        {
            Broadcast.Binary(a.Span<double>(), a.Shape, b.Span<double>(), b.Shape, z.Span<double>(), z.Shape, op);
        }
    }

    /// <summary>Sums <paramref name="gradient"/> down to <paramref name="shape"/>: the gradient of a broadcast operand.</summary>
    public static Tensor SumToShape(Tensor gradient, Shape shape)
    {
        if (gradient.Shape == shape)
        {
            return gradient;
        }

        Tensor r = TensorPool.Zeros(shape, gradient.DType);
        if (gradient.DType == DType.Float32)
        {
            Broadcast.SumToShape(gradient.Span<float>(), gradient.Shape, r.Span<float>(), shape);
        }
        else
        {
            Broadcast.SumToShape(gradient.Span<double>(), gradient.Shape, r.Span<double>(), shape);
        }

        return r;
    }

    /// <summary>A scalar tensor of <paramref name="like"/>'s dtype.</summary>
    public static Tensor Scalar(double value, Tensor like) => Tensor.Scalar(value, like.DType);

    /// <summary>Throws when two operands have different dtypes.</summary>
    public static void SameDType(Tensor a, Tensor b, string opName)
    {
        if (a.DType != b.DType)
        {
            throw new ArgumentException($"{opName}: operands have different element types, {a.DType} {a.Shape} and {b.DType} {b.Shape}. Convert one with Tensor.To(DType).");
        }
    }

    /// <summary>(outer, n, inner) around <paramref name="axis"/>.</summary>
    public static (int Outer, int N, int Inner) Split(Shape shape, int axis)
    {
        int outer = 1, inner = 1;
        for (int i = 0; i < axis; i++)
        {
            outer *= shape[i];
        }

        for (int i = axis + 1; i < shape.Rank; i++)
        {
            inner *= shape[i];
        }

        return (outer, shape[axis], inner);
    }

    /// <summary>Generic math helper: T from double.</summary>
    public static T Of<T>(double v)
        where T : INumberBase<T> => T.CreateChecked(v);
}
