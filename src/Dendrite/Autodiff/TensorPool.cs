// TensorPool: reuse of op-result and gradient buffers across training steps (and inference batches).
// While a pool is active on a thread, every op result and gradient the ops allocate (float32) is rented
// from it instead of the heap: an array of exactly the tensor's size, cleared, so a rented tensor is
// indistinguishable from Tensor.Zeros. The owner returns every rented array with ReturnAll once nothing
// from the step is in use any more (after the optimizer update and the metrics), and the next step rents
// the same arrays again: a steady-state step allocates no tensor-sized arrays.
//   contract: nothing rented may be referenced after ReturnAll — the owner activates a pool only around
//   code that keeps no op result past the step (see TrainStep.CanPool); float64 tensors (gradient checks)
//   are never pooled.
// Uninitialized rents without clearing, for results a kernel overwrites completely (convolution and pooling
// outputs, activation gradients, matrix products): clearing a 13 MB activation costs as much as computing a
// pooling layer. Without an active pool it allocates with GC.AllocateUninitializedArray, which skips the
// GC's zero fill of reused large-object memory.
// A pool belongs to one owner (one Fit call, or one thread's Predict) and is not thread-safe; the active
// pool is per thread, so kernels that run on other threads never see it.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>Float32 buffers rented by ops while the pool is active and returned together by its owner.</summary>
internal sealed class TensorPool
{
    [ThreadStatic]
    private static TensorPool? s_active;

    private readonly Dictionary<int, Stack<float[]>> _free = [];
    private readonly List<float[]> _lent = [];

    /// <summary>The number of arrays rented since the last <see cref="ReturnAll"/>.</summary>
    public int Lent => _lent.Count;

    /// <summary>A zero-filled tensor of <paramref name="shape"/>: rented from the active pool for float32, else newly allocated.</summary>
    public static Tensor Zeros(Shape shape, DType dtype)
    {
        if (dtype != DType.Float32 || s_active is not { } pool)
        {
            return Tensor.Zeros(shape, dtype);
        }

        return new Tensor(pool.Rent(shape.Size, clear: true), shape);
    }

    /// <summary>A tensor of <paramref name="shape"/> whose every element the caller overwrites: rented uncleared from the active pool for float32, else newly allocated without the zero fill.</summary>
    public static Tensor Uninitialized(Shape shape, DType dtype)
    {
        if (dtype != DType.Float32 || s_active is not { } pool)
        {
            return Tensor.Uninitialized(shape, dtype);
        }

        return new Tensor(pool.Rent(shape.Size, clear: false), shape);
    }

    /// <summary>A zero-filled tensor with the shape and dtype of <paramref name="like"/> (rented when a pool is active).</summary>
    public static Tensor ZerosLike(Tensor like) => Zeros(like.Shape, like.DType);

    /// <summary>A tensor of <paramref name="shape"/> filled with <paramref name="value"/> (rented when a pool is active).</summary>
    public static Tensor Full(Shape shape, double value, DType dtype)
    {
        if (dtype != DType.Float32 || s_active is null)
        {
            return Tensor.Full(shape, value, dtype);
        }

        Tensor t = Zeros(shape, dtype);
        t.AsSpan().Fill((float)value);
        return t;
    }

    /// <summary>Makes this pool the active one on the current thread until the returned scope is disposed.</summary>
    public Scope Activate()
    {
        TensorPool? previous = s_active;
        s_active = this;
        return new Scope(previous);
    }

    /// <summary>Suspends renting on the current thread (ops allocate normally) until the returned scope is disposed.</summary>
    public static Scope Suspend()
    {
        TensorPool? previous = s_active;
        s_active = null;
        return new Scope(previous);
    }

    /// <summary>Takes back every array rented since the last call; the tensors that wrap them must no longer be used.</summary>
    public void ReturnAll()
    {
        foreach (float[] array in _lent)
        {
            if (!_free.TryGetValue(array.Length, out Stack<float[]>? stack))
            {
                _free[array.Length] = stack = new Stack<float[]>();
            }

            stack.Push(array);
        }

        _lent.Clear();
    }

    private float[] Rent(int size, bool clear)
    {
        float[] array;
        if (_free.TryGetValue(size, out Stack<float[]>? stack) && stack.TryPop(out float[]? reused))
        {
            array = reused;
            if (clear)
            {
                Array.Clear(array);
            }
        }
        else
        {
            array = new float[size];
        }

        _lent.Add(array);
        return array;
    }

    /// <summary>Restores the previously active pool when disposed.</summary>
    public readonly struct Scope(TensorPool? previous) : IDisposable
    {
        /// <summary>Restores the previously active pool.</summary>
        public void Dispose() => s_active = previous;
    }
}
