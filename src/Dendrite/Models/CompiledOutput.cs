// CompiledOutput: what Compile attached to one model output — its loss, the weight of that loss in the
// total (Σ_o w_o · loss_o), its metrics, and the prefix of its log keys ("" for a single output, else
// "<output>_", giving Keras' "<output>_loss" and "<output>_<metric>").
using Dendrite.Metrics;
using Dendrite.Nn.Losses;

namespace Dendrite.Models;

/// <summary>The loss, loss weight and metrics compiled for one output.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="Loss">The loss of this output.</param>
/// <param name="LossWeight">Its weight in the total loss.</param>
/// <param name="Metrics">Its metrics.</param>
/// <param name="Prefix">The prefix of its log keys: empty for a single output, else the output name and '_'.</param>
public sealed record CompiledOutput(string Name, Loss Loss, double LossWeight, IReadOnlyList<Metric> Metrics, string Prefix);
