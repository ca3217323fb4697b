// How one CSV field's text becomes a value. Numbers: double.TryParse with NumberStyles.Float in the
// options' culture (leading/trailing white space, sign, decimal point, exponent; no thousands separators,
// which would read "1.5" as 15 in cultures whose group separator is '.'). The texts NaN, Inf, Infinity and ∞
// (any case, optional sign) are recognised on purpose so that the reader can refuse them with advice
// instead of storing NaN / ±∞: in a data file they almost always mean "missing".
using System.Globalization;

namespace Dendrite.Data.Csv;

/// <summary>Parses field text as numbers and booleans; recognises non-finite number texts.</summary>
internal static class FieldText
{
    private const NumberStyles Styles = NumberStyles.Float;

    /// <summary>Parses a finite number; false for anything else (including NaN / Inf texts and overflow to ±∞).</summary>
    public static bool TryParseNumber(string text, CultureInfo culture, out double value) =>
        double.TryParse(text, Styles, culture, out value) && double.IsFinite(value);

    /// <summary>Whether the text spells NaN or an infinity (any case, optional sign), or overflows a double.</summary>
    public static bool IsNonFinite(string text, CultureInfo culture)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Length > 0 && (s[0] == '+' || s[0] == '-'))
        {
            s = s[1..];
        }

        return s.Equals("nan", StringComparison.OrdinalIgnoreCase)
            || s.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || s.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || s.Equals("∞", StringComparison.Ordinal)
            || (double.TryParse(text, Styles, culture, out double v) && !double.IsFinite(v));
    }

    /// <summary>Whether the text is <c>true</c> or <c>false</c> in any case (the only spellings inference accepts).</summary>
    public static bool IsTrueFalse(string text) =>
        text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses true/false, yes/no or 1/0 (any case), the spellings a column declared boolean accepts.</summary>
    public static bool TryParseBoolean(string text, out bool value)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase) || s is "1")
        {
            value = true;
            return true;
        }

        value = false;
        return s.Equals("false", StringComparison.OrdinalIgnoreCase) || s.Equals("no", StringComparison.OrdinalIgnoreCase) || s is "0";
    }
}
