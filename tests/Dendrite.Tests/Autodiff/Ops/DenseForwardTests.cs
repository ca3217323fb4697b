// The fused Dense op: bit-identical to its composition Activation(Add(MatMul(x, W), b)) in float32 (values and
// every gradient, through the tape), a double-precision gradient check for every fused activation with and
// without bias (and with a rank-3 input), a hand-computed value, and shape errors.
using Dendrite.Autodiff;
using Dendrite.Kernels;
using Dendrite.Tensors;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Autodiff.Ops;

public sealed class DenseForwardTests
{
    // DenseActivation is internal, so theories take its name (public test methods cannot take an internal type).
    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (string a in Enum.GetNames<DenseActivation>())
        {
            data.Add(a, true);
            data.Add(a, false);
        }

        return data;
    }

    private static Tensor Unfused(Tensor x, Tensor w, Tensor? b, DenseActivation activation)
    {
        Tensor z = Op.MatMul(x, w);
        z = b is null ? z : Op.Add(z, b);
        return activation switch
        {
            DenseActivation.Relu => Op.Relu(z),
            DenseActivation.Sigmoid => Op.Sigmoid(z),
            DenseActivation.Tanh => Op.Tanh(z),
            _ => z,
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_the_unfused_composition_bit_for_bit_in_values_and_gradients(string name, bool withBias)
    {
        DenseActivation activation = Enum.Parse<DenseActivation>(name);
        // Sizes off every SIMD width (37 rows, 45 inputs, 19 units); a weighted sum so each output gets its own dL/dy.
        Tensor x = TestData.Normal(1, 37, 45), w = TestData.Normal(2, 45, 19), b = TestData.Normal(3, 19), r = TestData.Normal(4, 37, 19);
        Tensor[] inputs = withBias ? [x, w, b] : [x, w];
        (Tensor Y, Tensor[] Grads) Run(Func<Tensor, Tensor, Tensor?, Tensor> f)
        {
            using var tape = new GradientTape();
            foreach (Tensor t in inputs)
            {
                tape.Watch(t);
            }

            Tensor y = f(x, w, withBias ? b : null);
            return (y, tape.Gradient(Op.Sum(Op.Multiply(y, r)), inputs));
        }

        var (fusedY, fusedGrads) = Run((x, w, b) => Op.DenseForward(x, w, b, activation));
        var (plainY, plainGrads) = Run((x, w, b) => Unfused(x, w, b, activation));
        Assert.Equal(plainY.Shape, fusedY.Shape);
        Assert.Equal(plainY.ToArray(), fusedY.ToArray());
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(plainGrads[i].ToArray(), fusedGrads[i].ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Passes_a_double_precision_gradient_check(string name, bool withBias)
    {
        DenseActivation activation = Enum.Parse<DenseActivation>(name);
        // ReLU: pre-activations kept away from its kink at 0 by a bias of ±0.5 and small inputs.
        Tensor x = OpTestHelpers.Uniform(11, -0.2, 0.2, 5, 4), w = OpTestHelpers.Random(12, 4, 3);
        Tensor b = OpTestHelpers.Of([0.5, -0.5, 0.5], 3);
        if (withBias)
        {
            OpTestHelpers.AssertGradients(xs => Op.DenseForward(xs[0], xs[1], xs[2], activation), x, w, b);
        }
        else
        {
            OpTestHelpers.AssertGradients(xs => Op.DenseForward(xs[0], xs[1], null, activation), OpTestHelpers.Random(13, 5, 4), w);
        }
    }

    [Fact]
    public void Rank3_input_is_a_batch_of_rows_and_passes_the_gradient_check()
    {
        Tensor x = OpTestHelpers.Random(21, 2, 3, 4), w = OpTestHelpers.Random(22, 4, 5), b = OpTestHelpers.Random(23, 5);
        Assert.Equal(new Shape(2, 3, 5), Op.DenseForward(x, w, b, DenseActivation.Tanh).Shape);
        OpTestHelpers.AssertGradients(xs => Op.DenseForward(xs[0], xs[1], xs[2], DenseActivation.Tanh), x, w, b);
    }

    [Fact]
    public void Computes_a_hand_checked_value()
    {
        // x = [1, 2], W = [[1, −1], [0.5, 2]], b = [−3, 0.5]: z = [1 + 1 − 3, −1 + 4 + 0.5] = [−1, 3.5]; relu → [0, 3.5].
        Tensor x = new float[,] { { 1, 2 } }, w = new float[,] { { 1, -1 }, { 0.5f, 2 } };
        Tensor y = Op.DenseForward(x, w, new Tensor([-3f, 0.5f]), DenseActivation.Relu);
        Assert.Equal([0f, 3.5f], y.ToArray());
        Assert.Equal([-1f, 3.5f], Op.DenseForward(x, w, new Tensor([-3f, 0.5f]), DenseActivation.Linear).ToArray());
    }

    [Fact]
    public void Rejects_mismatched_shapes_naming_them()
    {
        Tensor x = TestData.Normal(1, 2, 3), w = TestData.Normal(2, 4, 5);
        var e = Assert.Throws<ArgumentException>(() => Op.DenseForward(x, w, null, DenseActivation.Linear));
        Assert.Equal("DenseForward expects x (…, k) and a kernel (k, n), received (2, 3) and (4, 5).", e.Message);
        var eb = Assert.Throws<ArgumentException>(() => Op.DenseForward(x, TestData.Normal(3, 3, 5), TestData.Normal(4, 4), DenseActivation.Relu));
        Assert.Equal("DenseForward expects a bias of shape (5,) and dtype Float32, received (4,) Float32.", eb.Message);
    }
}
