// The child of CrashSafetyTests: saves a large compiled model to args[0] again and again, printing
// "saving i" before and "saved i" after each save, until the test kills it. Save i stores i in the first
// element of the first kernel, so the test can tell which complete save it finds on disk.
using Dendrite.Models;
using Dendrite.Nn.Layers;
using Dendrite.Nn.Losses;
using Dendrite.Optimizers;
using Dendrite.Tensors;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Dendrite.SaveUnderKill <model path>");
    return 2;
}

Sequential model = CrashModel.Create();
Tensor kernel = model.Weights[0].Value;
for (int i = 0; ; i++)
{
    kernel.SetFlat(0, i);
    Console.WriteLine($"saving {i}");
    model.Save(args[0]);
    Console.WriteLine($"saved {i}");
}

/// <summary>The model the child saves; the test rebuilds it to check what it loads.</summary>
public static class CrashModel
{
    /// <summary>About 2.6 million weights (10 MB), compiled with Adam so the optimizer slots are saved too.</summary>
    public static Sequential Create()
    {
        var model = new Sequential([new Input(new Shape(512)), new Dense(1024), new Dense(1024), new Dense(512)], seed: 1);
        model.Compile(new Adam(), new MeanSquaredError());
        return model;
    }
}
