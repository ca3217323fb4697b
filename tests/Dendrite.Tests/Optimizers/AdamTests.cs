using Dendrite.Optimizers;

namespace Dendrite.Tests.Optimizers;

public class AdamTests
{
    // Keras' epsilon-hat form, η = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-7, computed in double:
    //   m ← β1 m + (1 − β1) g;  v ← β2 v + (1 − β2) g²;  w ← w − η·sqrt(1 − β2ᵗ)/(1 − β1ᵗ) · m / (sqrt(v) + ε)
    private static readonly double[,] s_expected =
    {
        { 0.9000006324515321, -1.900000316226766 },
        { 0.8101436398802739, -1.8654398329523467 },
        { 0.7805884577931493, -1.8447503771518543 },
    };

    [Fact]
    public void Steps_follow_the_epsilon_hat_formula()
        => OptimizerRun.AssertSteps(s_expected, OptimizerRun.Steps(new Adam(learningRate: 0.1)));

    [Fact]
    public void Epsilon_is_added_to_sqrt_v_not_to_v_hat()
    {
        // Step 1 with ε = 0.01: m = (1 − β1) g, v = (1 − β2) g²; the bias corrections are folded into η_t,
        // so w = 1 − η·sqrt(0.001)/0.1 · 0.05 / (sqrt(0.00025) + 0.01). (The paper's form would divide
        // m̂ = 0.5 by sqrt(v̂) + ε = 0.5 + 0.01, a different number.)
        double expected = 1 - (0.1 * Math.Sqrt(0.001) / 0.1 * 0.05 / (Math.Sqrt(0.00025) + 0.01));
        double paper = 1 - (0.1 * 0.5 / (0.5 + 0.01));
        double[][] steps = OptimizerRun.Steps(new Adam(learningRate: 0.1, epsilon: 0.01));
        Assert.Equal(expected, steps[0][0], 12);
        Assert.NotEqual(paper, steps[0][0], 6);
    }

    [Fact]
    public void Long_float32_variables_update_exactly_as_the_scalar_formula()
    {
        // 37 parameters: whole SIMD vectors then a scalar tail. Each element must equal the float32 formula
        // evaluated one element at a time in the documented order (the vector loop may not round differently).
        const int N = 37;
        var rng = new Dendrite.Tensors.RandomGenerator(4);
        float[] w = [.. Enumerable.Range(0, N).Select(_ => (float)rng.NextDouble() - 0.5f)];
        float[] m = new float[N], v = new float[N], expected = (float[])w.Clone();
        var variable = new Dendrite.Autodiff.Variable("w", new Dendrite.Tensors.Tensor((float[])w.Clone(), new Dendrite.Tensors.Shape(N)));
        var adam = new Adam(learningRate: 0.01);
        for (int t = 1; t <= 3; t++)
        {
            float[] g = [.. Enumerable.Range(0, N).Select(_ => (float)rng.NextDouble() - 0.3f)];
            adam.Apply([variable], [new Dendrite.Tensors.Tensor((float[])g.Clone(), new Dendrite.Tensors.Shape(N))]);
            float lr = (float)(0.01 * Math.Sqrt(1 - Math.Pow(0.999, t)) / (1 - Math.Pow(0.9, t)));
            for (int i = 0; i < N; i++)
            {
                m[i] += (g[i] - m[i]) * (float)(1 - 0.9);
                v[i] += ((g[i] * g[i]) - v[i]) * (float)(1 - 0.999);
                expected[i] -= lr * m[i] / (MathF.Sqrt(v[i]) + (float)1e-7);
            }
        }

        Assert.Equal(expected, variable.Value.ToArray());
    }

    [Fact]
    public void Float32_variables_agree_with_float64()
        => OptimizerRun.AssertFloat32Agrees(() => new Adam(learningRate: 0.1));

    [Fact]
    public void Defaults_are_Keras()
    {
        var adam = new Adam();
        Assert.Equal(0.001, adam.LearningRate);
        Assert.Equal(0.9, adam.Beta1);
        Assert.Equal(0.999, adam.Beta2);
        Assert.Equal(1e-7, adam.Epsilon);
        Assert.Equal("adam", adam.Name);
    }

    [Theory]
    [InlineData(0.0, 0.9, 0.999, 1e-7)]
    [InlineData(0.001, 1.0, 0.999, 1e-7)]
    [InlineData(0.001, -0.1, 0.999, 1e-7)]
    [InlineData(0.001, 0.9, 1.0, 1e-7)]
    [InlineData(0.001, 0.9, double.NaN, 1e-7)]
    [InlineData(0.001, 0.9, 0.999, -1e-7)]
    public void Invalid_hyperparameters_throw(double learningRate, double beta1, double beta2, double epsilon)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adam(learningRate, beta1, beta2, epsilon));
    }
}
