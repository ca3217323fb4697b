// DerivedOperation: how a DerivedColumn combines its two operand columns, row by row (see DerivedColumn.cs).
namespace Dendrite.Data.Preprocessing;

/// <summary>How a <see cref="DerivedColumn"/> combines its two operands.</summary>
public enum DerivedOperation
{
    /// <summary>left / right; a zero divisor gives a missing cell.</summary>
    Ratio,

    /// <summary>left − right.</summary>
    Difference,
}
