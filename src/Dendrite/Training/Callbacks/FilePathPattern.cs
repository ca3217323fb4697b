// FilePathPattern: Python's str.format for checkpoint file names, as Keras fills ModelCheckpoint's filepath:
//   filepath.format(epoch=epoch + 1, **logs)      e.g. "model-{epoch:02d}-{val_loss:.2f}.dendrite" → "model-03-0.41.dendrite"
// Supported: "{{" and "}}"; {name} and {name:spec} with spec = [[fill]align][sign][0][width][.precision][type],
// align in < > ^ =, sign in + - space, type in d f F e E g G % (or none). Without a spec an int prints as
// itself and a float as Python's repr (shortest round-trip digits; scientific when the exponent is < -4 or
// ≥ 16, e.g. 1e-05, 1e+16, and "1.0" for integral values). Floats with type d fail as in Python.
using System.Globalization;
using System.Text;

namespace Dendrite.Training.Callbacks;

/// <summary>Fills a file-name pattern the way Python's <c>str.format</c> does (for Keras-style checkpoint paths).</summary>
internal static class FilePathPattern
{
    /// <summary>The pattern with every placeholder replaced.</summary>
    /// <param name="pattern">E.g. <c>model-{epoch:02d}-{val_loss:.2f}.dendrite</c>.</param>
    /// <param name="values">The values by name: ints (epoch, batch) and doubles (log values).</param>
    /// <exception cref="KeyNotFoundException">A placeholder names no value; the message lists the names available.</exception>
    /// <exception cref="FormatException">The pattern or a format spec is malformed or unsupported.</exception>
    public static string Format(string pattern, IReadOnlyDictionary<string, object> values)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if ((c == '{' || c == '}') && i + 1 < pattern.Length && pattern[i + 1] == c)
            {
                sb.Append(c);
                i++;
            }
            else if (c == '}')
            {
                throw new FormatException($"Single '}}' at position {i} of the file-name pattern \"{pattern}\" (write '}}}}' for a literal brace).");
            }
            else if (c == '{')
            {
                int end = pattern.IndexOf('}', i);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed '{{' at position {i} of the file-name pattern \"{pattern}\".");
                }

                string field = pattern[(i + 1)..end];
                int colon = field.IndexOf(':');
                string name = colon < 0 ? field : field[..colon];
                if (!values.TryGetValue(name, out object? value))
                {
                    throw new KeyNotFoundException($"The file-name pattern \"{pattern}\" uses '{{{name}}}', which is not among the values: {string.Join(", ", values.Keys)}.");
                }

                sb.Append(FormatValue(value, colon < 0 ? "" : field[(colon + 1)..], name));
                i = end;
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string FormatValue(object value, string spec, string name)
    {
        int i = 0;
        char fill = ' ';
        char? align = null;
        if (spec.Length >= 2 && "<>^=".Contains(spec[1], StringComparison.Ordinal))
        {
            (fill, align, i) = (spec[0], spec[1], 2);
        }
        else if (spec.Length >= 1 && "<>^=".Contains(spec[0], StringComparison.Ordinal))
        {
            (align, i) = (spec[0], 1);
        }

        char sign = i < spec.Length && "+- ".Contains(spec[i], StringComparison.Ordinal) ? spec[i++] : '-';
        if (i < spec.Length && spec[i] == '0' && align is null)
        {
            (fill, align) = ('0', '=');
            i++;
        }

        int width = ReadNumber(spec, ref i) ?? 0;
        int? precision = null;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            precision = ReadNumber(spec, ref i) ?? throw new FormatException($"Format spec '{spec}' of '{name}' has '.' without a precision.");
        }

        char type = i < spec.Length ? spec[i++] : '\0';
        if (i != spec.Length || (type != '\0' && !"dfFeEgG%".Contains(type, StringComparison.Ordinal)))
        {
            throw new FormatException($"Format spec '{spec}' of '{name}' is not supported (use [[fill]align][sign][0][width][.precision][type], type one of d f e g %).");
        }

        (bool negative, string body) = value switch
        {
            int n when type is 'd' or '\0' => (n < 0, Math.Abs((long)n).ToString(CultureInfo.InvariantCulture)),
            int n => FormatFloat(n, type, precision),
            double d when type == 'd' => throw new FormatException($"Unknown format code 'd' for '{name}', a float (as in Python); use e.g. '.2f'."),
            double d => FormatFloat(d, type, precision),
            _ => throw new FormatException($"'{name}' has a value of type {value.GetType().Name}, which a file-name pattern cannot format."),
        };
        string prefix = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        int pad = Math.Max(0, width - prefix.Length - body.Length);
        return (align ?? '>') switch
        {
            '<' => prefix + body + new string(fill, pad),
            '^' => new string(fill, pad / 2) + prefix + body + new string(fill, pad - (pad / 2)),
            '=' => prefix + new string(fill, pad) + body,
            _ => new string(fill, pad) + prefix + body,
        };
    }

    private static int? ReadNumber(string spec, ref int i)
    {
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            i++;
        }

        return i > start ? int.Parse(spec.AsSpan(start, i - start), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The sign and the digits of a float formatted with a Python type code.</summary>
    private static (bool Negative, string Body) FormatFloat(double v, char type, int? precision)
    {
        bool negative = double.IsNegative(v) && !double.IsNaN(v);
        double a = Math.Abs(v);
        if (!double.IsFinite(a))
        {
            string special = double.IsNaN(a) ? "nan" : "inf";
            return (negative, char.IsUpper(type) ? special.ToUpperInvariant() : type == '%' ? special + "%" : special);
        }

        return (negative, type switch
        {
            'f' or 'F' => a.ToString("F" + (precision ?? 6), CultureInfo.InvariantCulture),
            '%' => (a * 100).ToString("F" + (precision ?? 6), CultureInfo.InvariantCulture) + "%",
            'e' or 'E' => Scientific(a, precision ?? 6, type),
            'g' or 'G' => General(a, Math.Max(1, precision ?? 6), type),
            _ => precision is { } p ? General(a, Math.Max(1, p), 'g') : Repr(a),
        });
    }

    /// <summary>Python's 'e': d.ddde±XX with at least two exponent digits.</summary>
    private static string Scientific(double a, int precision, char type)
    {
        string s = a.ToString((type == 'E' ? "E" : "e") + precision, CultureInfo.InvariantCulture);
        int e = s.IndexOfAny(['e', 'E']);
        int exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{s[..(e + 1)]}{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
    }

    /// <summary>Python's 'g': p significant digits, scientific when the exponent is &lt; -4 or ≥ p, trailing zeros removed.</summary>
    private static string General(double a, int precision, char type)
    {
        string sci = Scientific(a, precision - 1, 'e');
        int exponent = a == 0 ? 0 : int.Parse(sci.AsSpan(sci.IndexOf('e') + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string result = exponent < -4 || exponent >= precision
            ? StripZeros(sci[..sci.IndexOf('e')]) + sci[sci.IndexOf('e')..]
            : StripZeros(a.ToString("F" + (precision - 1 - exponent), CultureInfo.InvariantCulture));
        return type == 'G' ? result.ToUpperInvariant() : result;
    }

    private static string StripZeros(string s) => s.Contains('.', StringComparison.Ordinal) ? s.TrimEnd('0').TrimEnd('.') : s;

    /// <summary>Python's repr of a non-negative finite float.</summary>
    private static string Repr(double a)
    {
        string r = a.ToString("R", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        string mantissa = e < 0 ? r : r[..e];
        int exp10 = e < 0 ? 0 : int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string intPart = dot < 0 ? mantissa : mantissa[..dot];
        string all = intPart + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        string digits = all.TrimStart('0');
        if (digits.Length == 0)
        {
            return "0.0";
        }

        int exponent = intPart.Length - 1 + exp10 - (all.Length - digits.Length);
        digits = digits.TrimEnd('0');
        if (exponent is < -4 or >= 16)
        {
            string fraction = digits.Length > 1 ? "." + digits[1..] : "";
            return string.Create(CultureInfo.InvariantCulture, $"{digits[0]}{fraction}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}");
        }

        if (exponent < 0)
        {
            return "0." + new string('0', -exponent - 1) + digits;
        }

        string whole = digits.Length > exponent + 1 ? digits[..(exponent + 1)] : digits.PadRight(exponent + 1, '0');
        string rest = digits.Length > exponent + 1 ? digits[(exponent + 1)..] : "0";
        return whole + "." + rest;
    }
}
