// PythonFloat: a double as Python's repr/str prints it, so files and messages read as Keras' do.
//   digits d₁…dₙ and exponent k of the shortest round-trip decimal (value = 0.d₁…dₙ × 10ᵏ), then
//   −4 < k ≤ 16:  positional, always with a '.':  0.0001, 0.25, 3.0, 1000000000000000.0
//   otherwise:    d₁.d₂…dₙe±XX (at least two exponent digits):  1e-05, 1.5e-07, 1e+16
//   NaN → nan, ±∞ → inf / -inf, −0 → -0.0.   (CPython Python/pystrtod.c, float_repr_style "short".)
using System.Globalization;
using System.Text;

namespace Dendrite.Training.Callbacks;

/// <summary>Formats doubles as Python's <c>repr(float)</c> does (used by <see cref="CsvLogger"/> and callback messages).</summary>
internal static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        string sign = double.IsNegative(value) ? "-" : string.Empty;
        (string digits, int point) = ShortestDigits(Math.Abs(value));
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        var sb = new StringBuilder(sign);
        if (point is > -4 and <= 16)
        {
            if (point <= 0)
            {
                sb.Append("0.").Append('0', -point).Append(digits);
            }
            else if (point >= digits.Length)
            {
                sb.Append(digits).Append('0', point - digits.Length).Append(".0");
            }
            else
            {
                sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
            }

            return sb.ToString();
        }

        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }

        int exponent = point - 1;
        sb.Append(exponent < 0 ? "e-" : "e+").Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>The significant digits of .NET's shortest round-trip form and k with value = 0.digits × 10ᵏ.</summary>
    private static (string Digits, int Point) ShortestDigits(double magnitude)
    {
        string text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        int exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? text : text[..e];
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
        {
            leading++;
        }

        return (digits[leading..].TrimEnd('0'), point - leading);
    }
}
