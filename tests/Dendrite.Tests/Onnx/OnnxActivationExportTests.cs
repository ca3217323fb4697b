// Every activation, exported inside a Dense layer (Gemm + the activation's nodes) and as an ActivationLayer on
// a rank-3 input, predicts in ONNX Runtime what Dendrite predicts on 1,000 random rows (max abs difference ≤ 1e-5).
using Dendrite.Models;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Onnx;
using Dendrite.Tensors;
using Op = Dendrite.Autodiff.Ops;

namespace Dendrite.Tests.Onnx;

public class OnnxActivationExportTests
{
    private static readonly Dictionary<string, Func<Activation>> s_activations = new()
    {
        ["linear"] = () => Activation.Linear,
        ["relu"] = () => Activation.Relu,
        ["sigmoid"] = () => Activation.Sigmoid,
        ["tanh"] = () => Activation.Tanh,
        ["softmax"] = () => Activation.Softmax,
        ["softmax_axis_1"] = () => new Softmax(axis: 1),
        ["log_softmax"] = () => Activation.LogSoftmax,
        ["leaky_relu"] = () => Activation.LeakyRelu,
        ["leaky_relu_0.05"] = () => new LeakyRelu(negativeSlope: 0.05),
        ["elu"] = () => Activation.Elu,
        ["elu_0.5"] = () => new Elu(alpha: 0.5),
        ["selu"] = () => Activation.Selu,
        ["gelu"] = () => Activation.Gelu,
        ["gelu_approximate"] = () => new Gelu(approximate: true),
        ["silu"] = () => Activation.Silu,
        ["softplus"] = () => Activation.Softplus,
        ["softsign"] = () => Activation.Softsign,
        ["hard_sigmoid"] = () => Activation.HardSigmoid,
        ["step"] = () => Activation.Step,
    };

    public static TheoryData<string> Names => [.. s_activations.Keys];

    // Step is left out of the Dense form: a pre-activation within rounding of 0 could land on either side of the
    // jump in two GEMMs that sum in different orders. Its ActivationLayer form below checks it exactly.
    public static TheoryData<string> DenseNames => [.. s_activations.Keys.Where(k => k != "step")];

    [Theory]
    [MemberData(nameof(DenseNames))]
    public void ActivationInsideDense_MatchesPredict(string name)
    {
        var model = new Sequential([new Input(new Shape(5)), new Dense(7, s_activations[name](), name: "dense")], seed: 21);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ActivationLayer_MatchesPredict(string name)
    {
        var model = new Sequential([new Input(new Shape(4, 3)), new ActivationLayer(s_activations[name](), name: "activation")], seed: 22);

        OnnxRuntimeCheck.AssertMatchesPredict(model, stddev: 3.0);
    }

    [Fact]
    public void EveryActivationTypeInTheLibraryHasAConverterAndATestCase()
    {
        Type[] activationTypes = [.. typeof(Activation).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(Activation)) && !t.IsAbstract)];

        Assert.Equal(activationTypes.OrderBy(t => t.Name), OnnxExport.SupportedActivationTypes.OrderBy(t => t.Name));
        Assert.Equal(activationTypes.OrderBy(t => t.Name), s_activations.Values.Select(f => f().GetType()).Distinct().OrderBy(t => t.Name));
    }

    [Fact]
    public void ACustomActivation_IsRejectedNamingTheActivationTheLayerAndTheSupportedList()
    {
        var model = new Sequential([new Input(new Shape(3)), new Dense(2, new Cube(), name: "cubed")], seed: 1);

        var error = Assert.Throws<NotSupportedException>(() => model.ToOnnx());

        Assert.Contains("activation 'cube'", error.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(Cube).FullName!, error.Message, StringComparison.Ordinal);
        Assert.Contains("layer 'cubed' of type Dense", error.Message, StringComparison.Ordinal);
        Assert.Contains("Supported activation types: Elu, Gelu, HardSigmoid", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A user's activation, x³: the exporter has no converter for it.</summary>
    private sealed class Cube : Activation
    {
        public override string Name => "cube";

        public override Tensor Call(Tensor x) => Op.Multiply(x, Op.Multiply(x, x));
    }
}
