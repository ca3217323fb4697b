// C# operators on tensors (+, -, *, /, unary -), defined here in Autodiff as extension operators so that
// Tensor itself stays plain data and every operator records on the gradient tape.
using Dendrite.Tensors;

namespace Dendrite.Autodiff;

/// <summary>Arithmetic operators for <see cref="Tensor"/>, recorded on the gradient tape.</summary>
public static class TensorOperators
{
    extension(Tensor)
    {
        /// <summary>Element-wise sum with broadcasting (<see cref="Ops.Add"/>).</summary>
        /// <param name="a">The left operand.</param>
        /// <param name="b">The right operand.</param>
        public static Tensor operator +(Tensor a, Tensor b) => Ops.Add(a, b);

        /// <summary>Element-wise difference with broadcasting (<see cref="Ops.Subtract"/>).</summary>
        /// <param name="a">The left operand.</param>
        /// <param name="b">The right operand.</param>
        public static Tensor operator -(Tensor a, Tensor b) => Ops.Subtract(a, b);

        /// <summary>Element-wise product with broadcasting (<see cref="Ops.Multiply(Tensor, Tensor)"/>).</summary>
        /// <param name="a">The left operand.</param>
        /// <param name="b">The right operand.</param>
        public static Tensor operator *(Tensor a, Tensor b) => Ops.Multiply(a, b);

        /// <summary>Element-wise quotient with broadcasting (<see cref="Ops.Divide"/>).</summary>
        /// <param name="a">The left operand.</param>
        /// <param name="b">The right operand.</param>
        public static Tensor operator /(Tensor a, Tensor b) => Ops.Divide(a, b);

        /// <summary>Negation (<see cref="Ops.Negate"/>).</summary>
        /// <param name="x">The tensor.</param>
        public static Tensor operator -(Tensor x) => Ops.Negate(x);

        /// <summary>Adds a constant.</summary>
        /// <param name="a">The tensor.</param>
        /// <param name="b">The constant.</param>
        public static Tensor operator +(Tensor a, double b) => Ops.Add(a, Tensor.Scalar(b, a.DType));

        /// <summary>Subtracts a constant.</summary>
        /// <param name="a">The tensor.</param>
        /// <param name="b">The constant.</param>
        public static Tensor operator -(Tensor a, double b) => Ops.Subtract(a, Tensor.Scalar(b, a.DType));

        /// <summary>Subtracts from a constant.</summary>
        /// <param name="a">The constant.</param>
        /// <param name="b">The tensor.</param>
        public static Tensor operator -(double a, Tensor b) => Ops.Subtract(Tensor.Scalar(a, b.DType), b);

        /// <summary>Multiplies by a constant.</summary>
        /// <param name="a">The tensor.</param>
        /// <param name="b">The constant.</param>
        public static Tensor operator *(Tensor a, double b) => Ops.Multiply(a, b);

        /// <summary>Multiplies by a constant.</summary>
        /// <param name="a">The constant.</param>
        /// <param name="b">The tensor.</param>
        public static Tensor operator *(double a, Tensor b) => Ops.Multiply(b, a);

        /// <summary>Divides by a constant.</summary>
        /// <param name="a">The tensor.</param>
        /// <param name="b">The constant.</param>
        public static Tensor operator /(Tensor a, double b) => Ops.Multiply(a, 1.0 / b);
    }
}
