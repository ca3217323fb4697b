// Ops: the differentiable operations. One file per op (Add.cs, MatMul.cs, Sum.cs, …), each opening with
// its forward formula and backward rule. An op computes its result with a kernel, then records a
// backward rule on the active GradientTape when one of its inputs is tracked.
namespace Dendrite.Autodiff;

/// <summary>Differentiable tensor operations; each records its backward rule on the active <see cref="GradientTape"/>.</summary>
public static partial class Ops
{
}
