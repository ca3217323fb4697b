using Dendrite.Tensors;

namespace Dendrite.Data.Loaders;

/// <summary>An image classification dataset with its official training and test parts.</summary>
/// <param name="TrainImages">The training images, (n, 28, 28) or (n, 784).</param>
/// <param name="TrainLabels">The training labels, 0…9.</param>
/// <param name="TestImages">The test images, in the same layout.</param>
/// <param name="TestLabels">The test labels, 0…9.</param>
/// <param name="ClassNames">The name of each class index.</param>
public sealed record ImageDataset(Tensor TrainImages, int[] TrainLabels, Tensor TestImages, int[] TestLabels, IReadOnlyList<string> ClassNames);
