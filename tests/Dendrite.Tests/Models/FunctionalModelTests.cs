using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Nn;
using Dendrite.Nn.Activations;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;
using Dendrite.Training;

namespace Dendrite.Tests.Models;

public class FunctionalModelTests
{
    [Fact]
    public void AChainWrittenEitherWayGetsTheSameWeightsAndOutputsFromTheSameSeed()
    {
        var input = new Input([3]);
        SymbolicTensor h = new Dense(5, Activation.Tanh).Apply(input);
        var functional = new Model(input, new Dense(2).Apply(h), seed: 11);
        var sequential = new Sequential([new Input([3]), new Dense(5, Activation.Tanh), new Dense(2)], seed: 11);

        Assert.Equal(sequential.GetWeights().Select(w => w.ToArray()), functional.GetWeights().Select(w => w.ToArray()));
        var x = new Tensor(new float[,] { { 1, 2, 3 }, { -1, 0, 0.5f } });
        Assert.Equal(sequential.Predict(x).ToArray(), functional.Predict(x).ToArray());
    }

    [Fact]
    public void TwoInputsConcatenatedAndTwoOutputsFlowThroughTheGraph()
    {
        var a = new Input([2], name: "a");
        var b = new Input([3], name: "b");
        SymbolicTensor joined = new Concatenate().Apply([a, b]);
        SymbolicTensor trunk = new Dense(4, Activation.Relu, name: "trunk").Apply(joined);
        var model = new Model([a, b], [new Dense(1, name: "left").Apply(trunk), new Dense(2, name: "right").Apply(trunk)], seed: 3);

        Assert.Equal(["a", "b"], model.InputNames);
        Assert.Equal(["left", "right"], model.OutputNames);
        var xa = new Tensor(new float[,] { { 1, 2 } });
        var xb = new Tensor(new float[,] { { 3, 4, 5 } });
        IReadOnlyList<Tensor> outputs = model.PredictOutputs([xa, xb]);
        Assert.Equal(new Shape(1, 1), outputs[0].Shape);
        Assert.Equal(new Shape(1, 2), outputs[1].Shape);

        // The same forward pass by hand: trunk = relu([xa, xb]·W + b), heads linear.
        var trunkLayer = (Dense)model.Layers.Single(l => l.Name == "trunk");
        Tensor hidden = Ops.Relu(Ops.Add(Ops.MatMul(new Tensor(new float[,] { { 1, 2, 3, 4, 5 } }), trunkLayer.Kernel!.Value), trunkLayer.Bias!.Value));
        var left = (Dense)model.Layers.Single(l => l.Name == "left");
        Tensor expected = Ops.Add(Ops.MatMul(hidden, left.Kernel!.Value), left.Bias!.Value);
        Assert.Equal(expected.ToArray(), outputs[0].ToArray());

        // Inputs by name, in any order, give the same result.
        IReadOnlyList<Tensor> byName = model.PredictOutputs(new Dictionary<string, Tensor> { ["b"] = xb, ["a"] = xa });
        Assert.Equal(outputs[1].ToArray(), byName[1].ToArray());
    }

    [Fact]
    public void ASharedLayerHasOneSetOfWeightsAndItsGradientsAddUp()
    {
        var a = new Input([2]);
        var b = new Input([2]);
        var shared = new Dense(3, Activation.Tanh, name: "shared");
        SymbolicTensor sum = new Add().Apply([shared.Apply(a), shared.Apply(b)]);
        var model = new Model([a, b], [new Dense(1, name: "out").Apply(sum)], seed: 5);

        Assert.Equal(2 * 3 + 3 + 3 + 1, model.CountParams());
        Assert.Equal(2, shared.SymbolicOutputs.Count);
        var xa = new Tensor(new float[,] { { 0.3f, -0.2f } });
        var xb = new Tensor(new float[,] { { -0.5f, 0.7f } });
        GradientCheckResult check = GradientCheck.Check(
            x => Ops.Sum(model.Call([xa.To(DType.Float64), x], training: false)[0]),
            xb,
            model.TrainableVariables);
        Assert.True(check.Passed, check.ToString());
    }

    [Fact]
    public void SummaryShowsConnectedTo()
    {
        var a = new Input([2], name: "left_in");
        var b = new Input([2], name: "right_in");
        var model = new Model([a, b], [new Dense(1, name: "head").Apply(new Concatenate(name: "join").Apply([a, b]))], name: "two_in", seed: 1);
        string text = model.SummaryText();
        Assert.Contains("Connected to", text);
        Assert.Contains("│ left_in (InputLayer)", text);
        Assert.Matches(@"│ join \(Concatenate\)\s+│ \(None, 4\)\s+│\s+0 │ left_in\[0\]\[0\]", text);
        Assert.Matches(@"│\s+│\s+│\s+│ right_in\[0\]\[0\]", text);
        Assert.Matches(@"│ head \(Dense\)\s+│ \(None, 1\)\s+│\s+5 │ join\[0\]\[0\]", text);
        Assert.Contains("Total params: 5", text);
    }

    [Fact]
    public void BadGraphsAreRejectedWithClearMessages()
    {
        var a = new Input([2], name: "in_a");
        var stray = new Input([2], name: "stray");
        SymbolicTensor mixed = new Add().Apply([a, stray]);
        var e1 = Assert.Throws<ArgumentException>(() => new Model(a, new Dense(1).Apply(mixed)));
        Assert.Contains("'stray'", e1.Message);

        SymbolicTensor notInput = new Dense(2).Apply(a);
        var e2 = Assert.Throws<ArgumentException>(() => new Model(notInput, new Dense(1).Apply(notInput)));
        Assert.Contains("not an Input", e2.Message);

        var e3 = Assert.Throws<ShapeMismatchException>(() => new Dense(2).Apply([a, stray]));
        Assert.Contains("takes one input, received 2", e3.Message);

        var wide = new Input([3]);
        var e4 = Assert.Throws<ShapeMismatchException>(() => new Add().Apply([a, wide]));
        Assert.Contains("(None, 2), (None, 3)", e4.Message);

        var model = new Model(a, new Dense(1).Apply(a));
        var e5 = Assert.Throws<ShapeMismatchException>(() => model.PredictOutputs([new Tensor(new float[,] { { 1, 2 } }), new Tensor(new float[,] { { 1, 2 } })]));
        Assert.Contains("the model has 1 (in_a), received 2 tensors", e5.Message);
        var e6 = Assert.Throws<ShapeMismatchException>(() => model.Predict(new Tensor(new float[,] { { 1, 2, 3 } })));
        Assert.Contains("(None, 2)", e6.Message);
    }

    [Fact]
    public void ACustomLayerTrainsThroughTheTapeWithoutBackwardCode()
    {
        var input = new Input([1]);
        var scale = new Scale();
        var model = new Model(input, scale.Apply(input), seed: 2);
        model.Compile(new SGD(learningRate: 0.1), new MeanSquaredError());
        var x = new Tensor(new float[,] { { 1 }, { 2 }, { 3 } });
        var y = new Tensor(new float[,] { { 3 }, { 6 }, { 9 } });
        model.Fit(x, y, epochs: 200, batchSize: 3, verbose: 0);
        Assert.Equal(3.0, scale.Alpha!.Value.ToScalar(), 3);

        GradientCheckResult check = GradientCheck.Check(t => scale.Call(t), new Tensor(new float[,] { { 0.5f }, { -2 } }), scale.TrainableVariables);
        Assert.True(check.Passed, check.ToString());
    }

    /// <summary>y = α·x with one trainable scalar: a custom layer written as a user would.</summary>
    private sealed class Scale : Layer
    {
        public Variable? Alpha { get; private set; }

        public override void Build(Shape inputShape)
        {
            Alpha = AddWeight("alpha", new Shape(1), new Dendrite.Nn.Initializers.Ones());
            base.Build(inputShape);
        }

        public override Tensor Call(Tensor x, bool training = false) => Ops.Multiply(x, Alpha!.Value);
    }
}
