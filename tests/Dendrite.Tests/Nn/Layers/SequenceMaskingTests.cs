// Embedding, Masking and the mask's way from them into recurrent layers, in Sequential and functional models:
// a padded sequence gives the same result as the unpadded one (Keras' masking guide: padding is skipped).
using Dendrite.Autodiff;
using Dendrite.Models;
using Dendrite.Nn.Initializers;
using Dendrite.Nn.Layers;
using Dendrite.Tensors;

namespace Dendrite.Tests.Nn.Layers;

public sealed class SequenceMaskingTests
{
    [Fact]
    public void Embedding_looks_up_rows_and_masks_index_zero()
    {
        var embedding = new Embedding(4, 2, maskZero: true, name: "words");
        embedding.Build(new Shape(-1, 3));
        embedding.Embeddings!.Assign(new Tensor(new float[] { 0, 0, 1, 2, 3, 4, 5, 6 }, new Shape(4, 2)));
        Tensor x = new(new float[] { 1, 3, 0, 2, 0, 0 }, new Shape(2, 3));
        Tensor y = embedding.Apply(x);
        Assert.Equal(new Shape(2, 3, 2), y.Shape);
        Assert.Equal([1f, 2, 5, 6, 0, 0, 3, 4, 0, 0, 0, 0], y.ToArray());
        Assert.Equal([1f, 1, 0, 1, 0, 0], embedding.ComputeMask(x, null)!.ToArray());
        Assert.Null(new Embedding(4, 2).ComputeMask(x, null));
        var e = Assert.Throws<ArgumentException>(() => embedding.Apply(new Tensor(new float[] { 1, 4, 0 }, new Shape(1, 3))));
        Assert.Contains("Embedding 'words' expects indices in [0, 4), received 4 at flat position 1", e.Message);
    }

    [Fact]
    public void Embedding_defaults_to_uniform_plus_minus_0_05_and_its_gradient_accumulates_repeated_rows()
    {
        var embedding = new Embedding(5, 3);
        Assert.Equal(("random_uniform", -0.05, 0.05, false), (embedding.EmbeddingsInitializer.Name, ((RandomUniform)embedding.EmbeddingsInitializer).Minval, ((RandomUniform)embedding.EmbeddingsInitializer).Maxval, embedding.MaskZero));
        Tensor x = new(new float[] { 1, 4, 1, 0 }, new Shape(2, 2));
        embedding.Apply(x);
        Assert.All(embedding.Embeddings!.Value.ToArray(), v => Assert.InRange(v, -0.05f, 0.05f));
        GradientCheckResult result = GradientCheck.Check(t => embedding.Call(t), x, embedding.TrainableVariables);
        Assert.True(result.Passed, result.ToString());
        using var tape = new GradientTape();
        tape.Watch(embedding.Embeddings.Value);
        Tensor grad = tape.Gradient(Ops.Sum(embedding.Call(x)), [embedding.Embeddings.Value])[0];
        Assert.Equal([1f, 1, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1], grad.ToArray()); // index 1 twice, 0 and 4 once
    }

    [Fact]
    public void Masking_zeroes_and_masks_the_steps_whose_features_all_equal_the_mask_value()
    {
        var masking = new Masking(maskValue: -1);
        Tensor x = new(new float[] { 1, 2, -1, -1, -1, 3, -1, -1 }, new Shape(2, 2, 2));
        Assert.Equal([1f, 2, 0, 0, -1, 3, 0, 0], masking.Apply(x).ToArray());
        Assert.Equal([1f, 0, 1, 0], masking.ComputeMask(x, null)!.ToArray());
        // Away from the padding value (where the mask switches), dx = dy ⊙ mask.
        GradientCheckResult result = GradientCheck.Check(t => masking.Call(t), TestData.Normal(3, 2, 3, 2));
        Assert.True(result.Passed, result.ToString());
    }

    [Fact]
    public void A_padded_sequence_gives_the_unpadded_result_in_a_Sequential_model()
    {
        var model = new Sequential([new Input([4]), new Embedding(10, 3, maskZero: true), new LSTM(4)], seed: 7);
        var lstm = (LSTM)model.Layers[2];
        var embedding = (Embedding)model.Layers[1];
        Tensor padded = model.Call(new Tensor(new float[] { 3, 5, 0, 0 }, new Shape(1, 4)));
        Tensor unpadded = lstm.Call(embedding.Call(new Tensor(new float[] { 3, 5 }, new Shape(1, 2))));
        Assert.Equal(unpadded.ToArray(), padded.ToArray());
        Tensor unmasked = lstm.Call(embedding.Call(new Tensor(new float[] { 3, 5, 0, 0 }, new Shape(1, 4))));
        Assert.NotEqual(unmasked.ToArray(), padded.ToArray());
    }

    [Fact]
    public void The_mask_flows_through_a_functional_graph_and_TimeDistributed()
    {
        var input = new Input([3, 2]);
        SymbolicTensor masked = new Masking().Apply(input);
        SymbolicTensor steps = new TimeDistributed(new Dense(2)).Apply(masked);
        SymbolicTensor output = new GRU(3).Apply(steps);
        var model = new Model(input, output, seed: 4);
        var gru = (GRU)model.Layers[3];
        var dense = (TimeDistributed)model.Layers[2];
        Tensor x = new(new float[] { 1, 2, 0, 0, 3, 4 }, new Shape(1, 3, 2));
        Tensor expected = gru.Call(dense.Call(new Tensor(new float[] { 1, 2, 3, 4 }, new Shape(1, 2, 2))));
        Assert.Equal(expected.ToArray(), model.Call([x])[0].ToArray());
    }
}
