// The merge layers in functional models with two or three inputs, exported and run by ONNX Runtime, predict
// what Dendrite predicts on 1,000 random rows: Add (Add, or Sum for three), Subtract, Multiply (a Mul chain),
// Average (Mean), Maximum (Max) and Concatenate on the last and on a middle axis.
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Onnx;

public class OnnxMergeExportTests
{
    private static readonly Dictionary<string, (Func<Layer> Create, int Inputs)> s_merges = new()
    {
        ["add"] = (() => new Add(), 2),
        ["add3"] = (() => new Add(), 3),
        ["subtract"] = (() => new Subtract(), 2),
        ["multiply3"] = (() => new Multiply(), 3),
        ["average3"] = (() => new Average(), 3),
        ["maximum3"] = (() => new Maximum(), 3),
        ["concatenate_last3"] = (() => new Concatenate(), 3),
        ["concatenate_axis1"] = (() => new Concatenate(axis: 1), 2),
    };

    public static TheoryData<string> Names => [.. s_merges.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void MergeLayer_MatchesPredict(string name)
    {
        (Func<Layer> create, int count) = s_merges[name];
        Input[] inputs = [.. Enumerable.Range(0, count).Select(i => new Input(new Shape(3, 4), name: $"x{i}"))];
        SymbolicTensor merged = create().Apply([.. inputs.Select(i => i.Output)]);
        var model = new Model([.. inputs.Select(i => i.Output)], [new Dense(2, name: "out").Apply(merged)], seed: 12);

        OnnxRuntimeCheck.AssertMatchesPredict(model);
    }
}
