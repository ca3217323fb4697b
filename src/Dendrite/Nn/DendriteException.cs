// The exception types Dendrite throws at its public boundary, and the one place messages are built.
namespace Dendrite.Nn;

/// <summary>A tensor or input had the wrong shape for a layer, loss or model.</summary>
/// <param name="message">What is wrong, where, what was expected and what was received.</param>
public sealed class ShapeMismatchException(string message) : ArgumentException(message);

/// <summary>Input data contained NaN or infinity where finite numbers were required.</summary>
/// <param name="message">Names the row and column of the first bad value.</param>
public sealed class NonFiniteValueException(string message) : ArgumentException(message);

/// <summary>Labels or targets outside the range a loss or metric accepts (e.g. a class index ≥ the number of classes).</summary>
/// <param name="message">Names the sample, the value and the valid range.</param>
public sealed class InvalidTargetException(string message) : ArgumentException(message);
