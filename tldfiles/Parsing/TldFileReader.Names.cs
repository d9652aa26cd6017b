using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// The TLD name, its A-label and U-label forms.
internal sealed partial class TldFileReader
{
    private bool ReadTldName(JsonNode node, string property, out string ascii, out string unicode)
    {
        ascii = unicode = "";
        var value = node.Text ?? "";
        if (value.Length == 0) return false; // already reported as empty
        if (value.Length > 253)
        {
            Report(TldDiagnostics.InvalidValue, node, property, "a TLD has at most 253 characters");
            return false;
        }
        if (value[0] == '.')
        {
            Report(TldDiagnostics.InvalidValue, node, property, "write the TLD without a leading dot ('" + value.TrimStart('.') + "')");
            return false;
        }
        var asciiLabels = new List<string>();
        var unicodeLabels = new List<string>();
        foreach (var label in value.Split('.'))
        {
            if (label.Length == 0)
            {
                Report(TldDiagnostics.InvalidValue, node, property, "'" + value + "' has an empty label");
                return false;
            }
            bool isAscii = label.All(c => c < 0x80);
            if (isAscii)
            {
                if (label.Any(c => c >= 'A' && c <= 'Z'))
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "write the TLD in lower case ('" + value.ToLowerInvariant() + "')");
                    return false;
                }
                if (!label.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' is not a valid DNS label (letters, digits and inner hyphens only)");
                    return false;
                }
                if (label.StartsWith("xn--", StringComparison.Ordinal))
                {
                    var decoded = Punycode.Decode(label.Substring(4));
                    if (decoded is null || decoded.Length == 0 || decoded.All(c => c < 0x80))
                    {
                        Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' is not a valid A-label");
                        return false;
                    }
                    unicodeLabels.Add(decoded);
                }
                else
                {
                    unicodeLabels.Add(label);
                }
                asciiLabels.Add(label);
            }
            else
            {
                if (label.Any(c => char.IsWhiteSpace(c) || char.IsUpper(c) || char.IsControl(c)))
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' is not a lower-case U-label");
                    return false;
                }
                var encoded = Punycode.Encode(label);
                if (encoded is null)
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' cannot be converted to an A-label");
                    return false;
                }
                asciiLabels.Add("xn--" + encoded);
                unicodeLabels.Add(label);
            }
        }
        if (TldNameRules.Problem(asciiLabels, unicodeLabels) is { } nameProblem) { Report(TldDiagnostics.InvalidTldName, node, TldNameRules.Display(value), nameProblem); return false; }
        ascii = string.Join(".", asciiLabels);
        unicode = string.Join(".", unicodeLabels);
        return true;
    }
}
