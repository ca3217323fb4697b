// Element-wise optimizer updates of large float32 variables (≥ 65,536 elements) are split into ranges on
// Engine.Threads workers (Optimizer.UpdateSpans). Each element's arithmetic does not depend on the range or thread
// it falls in, so 1, 2 and 3 threads must give bit-identical weights and state. The large variable has an odd size
// (89,999 elements: 11 ranges of 8,192, the last partial and ending in a scalar tail); a small one rides along.
using Dendrite.Autodiff;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Tests.Kernels;

namespace Dendrite.Tests.Optimizers;

[Collection(EngineThreadsCollection.Name)]
public sealed class ParallelUpdateTests
{
    public static TheoryData<string> Optimizers => ["sgd", "sgd-nesterov", "adam", "adamw", "adamax", "adagrad", "adadelta", "lion", "nadam", "rmsprop"];

    private static Optimizer Create(string name) => name switch
    {
        "sgd" => new SGD(learningRate: 0.1),
        "sgd-nesterov" => new SGD(learningRate: 0.1, momentum: 0.9, nesterov: true),
        "adam" => new Adam(learningRate: 0.01),
        "adamw" => new AdamW(learningRate: 0.01),
        "adamax" => new Adamax(learningRate: 0.01),
        "adagrad" => new Adagrad(learningRate: 0.1),
        "adadelta" => new Adadelta(learningRate: 1.0),
        "lion" => new Lion(learningRate: 0.01),
        "nadam" => new Nadam(learningRate: 0.01),
        "rmsprop" => new RMSprop(learningRate: 0.01, momentum: 0.5),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void Updates_of_large_variables_are_bit_identical_for_1_2_and_3_threads(string name)
    {
        (float[] Large, float[] Small, float[] State) Run(int threads)
        {
            using (new EngineThreadsScope(threads))
            {
                Variable large = new("dense/kernel", TestData.Normal(1, 301, 299).To(DType.Float32));
                Variable small = new("dense/bias", TestData.Normal(2, 3, 2).To(DType.Float32));
                Optimizer optimizer = Create(name);
                for (int step = 0; step < 4; step++)
                {
                    optimizer.Apply([large, small], [TestData.Normal(10 + step, 301, 299).To(DType.Float32), TestData.Normal(20 + step, 3, 2).To(DType.Float32)]);
                }

                float[] state = optimizer.GetState().Values.SelectMany(t => t.To(DType.Float32).ToArray()).ToArray();
                return (large.Value.ToArray(), small.Value.ToArray(), state);
            }
        }

        var reference = Run(1);
        Assert.NotEqual(TestData.Normal(1, 301, 299).To(DType.Float32).ToArray(), reference.Large); // the steps changed the weights
        foreach (int threads in new[] { 2, 3 })
        {
            var result = Run(threads);
            Assert.Equal(reference.Large, result.Large);
            Assert.Equal(reference.Small, result.Small);
            Assert.Equal(reference.State, result.State);
        }
    }

    [Fact]
    public void Adams_vector_forms_round_as_its_scalar_form() => VectorFormsRoundAsScalarForm(() => new Adam(learningRate: 0.01));

    [Fact]
    public void RMSprops_vector_forms_round_as_its_scalar_form()
    {
        VectorFormsRoundAsScalarForm(() => new RMSprop(learningRate: 0.01));
        VectorFormsRoundAsScalarForm(() => new RMSprop(learningRate: 0.01, momentum: 0.5));
        VectorFormsRoundAsScalarForm(() => new RMSprop(learningRate: 0.01, momentum: 0.5, centered: true));
    }

    [Fact]
    public void Nadams_vector_form_rounds_as_its_scalar_form() => VectorFormsRoundAsScalarForm(() => new Nadam(learningRate: 0.01));

    private static void VectorFormsRoundAsScalarForm(Func<Optimizer> create)
    {
        // One 1,003-element variable takes the vector loops (Vector512 / Vector<T>, and a scalar tail); 1,003 one-element
        // variables take the scalar loop only. The same gradients must give the same bits.
        const int N = 1003;
        Tensor start = TestData.Normal(3, N).To(DType.Float32);
        Variable whole = new("whole", start.Clone());
        Variable[] single = [.. Enumerable.Range(0, N).Select(i => new Variable($"w{i}", new Tensor([start.ToArray()[i]])))];
        Optimizer a = create(), b = create();
        for (int step = 0; step < 3; step++)
        {
            float[] g = TestData.Normal(30 + step, N).To(DType.Float32).ToArray();
            a.Apply([whole], [new Tensor(g, new Shape(N))]);
            b.Apply(single, [.. g.Select(v => new Tensor([v]))]);
        }

        Assert.Equal(single.Select(v => v.Value.ToArray()[0]), whole.Value.ToArray());
    }
}
