// RandomGeneratorState: everything a RandomGenerator's future output depends on — the four xoshiro256**
// words and the Box–Muller normal kept for the next call — so a saved model resumes the same sequence.
namespace Dendrite.Tensors;

/// <summary>The complete state of a <see cref="RandomGenerator"/>, from <see cref="RandomGenerator.GetState"/>.</summary>
/// <param name="S0">The first xoshiro256** state word.</param>
/// <param name="S1">The second state word.</param>
/// <param name="S2">The third state word.</param>
/// <param name="S3">The fourth state word.</param>
/// <param name="SpareNormal">The normal value kept for the next <see cref="RandomGenerator.Normal"/> call, or null when none is kept.</param>
public readonly record struct RandomGeneratorState(ulong S0, ulong S1, ulong S2, ulong S3, double? SpareNormal);
