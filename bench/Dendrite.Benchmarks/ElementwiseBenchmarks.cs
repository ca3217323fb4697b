// ElementwiseBenchmarks: the element-wise kernels (Kernels/Elementwise.cs driving Kernels/Operators/*) at every SIMD
// tier, float32, on 2,048 elements (8 KB per operand: inputs and output stay in a 32 KB L1, so the number is the
// kernel's) and on 1,048,576 (4 MB per operand: what memory and the last-level cache allow). A tier above what the CPU accelerates runs in software (Vector512 on an AVX2 machine is
// two 256-bit halves or lane by lane), which is what the tests exercise there; `quick-elementwise` marks those cells.
// The Gelem/s column is Length / mean time. Sigmoid, tanh and softmax go through System.Numerics.Tensors'
// TensorPrimitives, which picks its own width, so they have no tier to choose and are not here.
using BenchmarkDotNet.Attributes;
using Dendrite.Kernels;
using Dendrite.Kernels.Operators;

namespace Dendrite.Benchmarks;

/// <summary>Element-wise operators through <c>Elementwise.Map</c> at an explicit SIMD tier.</summary>
[Config(typeof(ElementwiseConfig))]
public class ElementwiseBenchmarks
{
    /// <summary>The operand lengths timed: L1-resident, and larger than the last-level cache of a 2-core VM's share.</summary>
    public static IReadOnlyList<int> Lengths { get; } = [2_048, 1_048_576];

    /// <summary>The operators timed, by name: binary ones read x and y, unary ones x.</summary>
    public static IReadOnlyList<string> Operators { get; } = ["Add", "Multiply", "Relu", "ReluGradient", "LeakyRelu", "Elu", "Gelu", "Softplus"];

    /// <summary>The tiers, narrowest first.</summary>
    public static IReadOnlyList<string> Tiers { get; } = ["Scalar", "Vector128", "Vector256", "Vector512"];

    private float[] _x = [], _y = [], _destination = [];
    private SimdTier _tier;

    [ParamsSource(nameof(Lengths))]
    public int Length { get; set; }

    [ParamsSource(nameof(Operators))]
    public string Op { get; set; } = "";

    [ParamsSource(nameof(Tiers))]
    public string Tier { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _tier = ParseTier(Tier);
        (_x, _y, _destination) = (Inputs(1, Length), Inputs(2, Length), new float[Length]);
    }

    [Benchmark]
    public void Map() => Run(Op, _x, _y, _destination, _tier);

    /// <summary>Whether <paramref name="tier"/> runs in software on this CPU (wider than the widest accelerated tier).</summary>
    public static bool InSoftware(string tier) => ParseTier(tier) > Simd.Best;

    /// <summary>One call of operator <paramref name="op"/> over the spans at <paramref name="tier"/>.</summary>
    internal static void Run(string op, float[] x, float[] y, float[] destination, SimdTier tier)
    {
        switch (op)
        {
            case "Add": Elementwise.Map<float, AddOperator>(x, y, destination, default, tier); break;
            case "Multiply": Elementwise.Map<float, MultiplyOperator>(x, y, destination, default, tier); break;
            case "Relu": Elementwise.Map<float, ReluOperator>(x, destination, default, tier); break;
            case "ReluGradient": Elementwise.Map<float, ReluGradientOperator>(x, y, destination, default, tier); break;
            case "LeakyRelu": Elementwise.Map(x, destination, new LeakyReluOperator(0.3), tier); break;
            case "Elu": Elementwise.Map(x, destination, new EluOperator(1.0, 1.0), tier); break;
            case "Gelu": Elementwise.Map(x, destination, new GeluOperator(approximate: false), tier); break;
            case "Softplus": Elementwise.Map<float, SoftplusOperator>(x, destination, default, tier); break;
            default: throw new ArgumentException($"Unknown operator '{op}'; expected one of {string.Join(", ", Operators)}.", nameof(op));
        }
    }

    /// <summary>The tier named <paramref name="name"/> (one of <see cref="Tiers"/>).</summary>
    internal static SimdTier ParseTier(string name) => Enum.TryParse(name, out SimdTier tier) && Enum.IsDefined(tier)
        ? tier
        : throw new ArgumentException($"Unknown SIMD tier '{name}'; expected one of {string.Join(", ", Tiers)}.", nameof(name));

    /// <summary><paramref name="length"/> values in [−4, 4), half of them negative, so every operator's two branches run; fixed by <paramref name="seed"/>.</summary>
    internal static float[] Inputs(int seed, int length)
    {
        var random = new Random(seed);
        var values = new float[length];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() * 8) - 4);
        }

        return values;
    }
}
