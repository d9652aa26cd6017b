using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// Finds the shape of pattern that backtracks catastrophically (issue 15, R9): a repeated group whose
/// body can itself repeat without bound and has no separator the inner repetition cannot consume,
/// such as <c>^(a+)+$</c>, <c>(x*)*</c> or <c>^([a-z]+-?)+$</c>. (<c>^[a-z]+(-[a-z]+)*$</c> is fine:
/// every round starts with a '-' that <c>[a-z]+</c> cannot match.) A backtracking engine takes
/// exponential time on values that almost match, so the build-time check of a field's default would
/// time out and every hostile value would cost the full match timeout. Reported as TLD0021.
/// </summary>
internal static class PatternSafety
{
    private const int Unbounded = int.MaxValue;

    private const string NestedRepetition =
        "a repeated group contains an unbounded repetition with no separator between the rounds (nested quantifiers), which takes exponential time on values that almost match";

    /// <summary>Why <paramref name="pattern"/> can backtrack catastrophically, or null.</summary>
    public static string? Problem(string pattern)
    {
        int pos = 0;
        var root = ParseAlternatives(pattern, ref pos);
        return Risky(root) ? NestedRepetition : null;
    }

    // One atom with its repetition: a literal character, a class or escape (Text), or a group (Alternatives).
    private sealed class Item
    {
        public string Text = "";
        public char? Literal;
        public List<List<Item>>? Alternatives;
        public int Min = 1, Max = 1;
    }

    private static bool Risky(List<List<Item>> alternatives)
    {
        foreach (var sequence in alternatives)
            foreach (var item in sequence)
            {
                if (item.Alternatives is not { } inner) continue;
                if (Risky(inner)) return true;
                if (item.Max > 1 && HasUnbounded(inner) && !HasSeparator(inner)) return true;
            }
        return false;
    }

    private static bool HasUnbounded(List<List<Item>> alternatives)
    {
        foreach (var sequence in alternatives)
            foreach (var item in sequence)
                if (item.Max == Unbounded || (item.Alternatives is { } inner && HasUnbounded(inner))) return true;
        return false;
    }

    // A character every round must contain that none of the round's unbounded atoms can consume.
    private static bool HasSeparator(List<List<Item>> alternatives)
    {
        if (alternatives.Count != 1) return false;
        var repeated = new List<string>();
        CollectUnbounded(alternatives, repeated);
        foreach (var item in alternatives[0])
        {
            if (item.Literal is not { } literal || item.Min < 1) continue;
            bool consumed = false;
            foreach (var atom in repeated)
                if (CanMatch(atom, literal)) { consumed = true; break; }
            if (!consumed) return true;
        }
        return false;
    }

    private static void CollectUnbounded(List<List<Item>> alternatives, List<string> into)
    {
        foreach (var sequence in alternatives)
            foreach (var item in sequence)
            {
                if (item.Alternatives is { } inner)
                {
                    if (item.Max == Unbounded) into.Add(item.Text);
                    CollectUnbounded(inner, into);
                }
                else if (item.Max == Unbounded) into.Add(item.Text);
            }
    }

    private static bool CanMatch(string atom, char c)
    {
        try { return Regex.IsMatch(c.ToString(), atom, RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(100)); }
        catch (System.Exception) { return true; } // when in doubt, no separator
    }

    private static List<List<Item>> ParseAlternatives(string p, ref int pos)
    {
        var alternatives = new List<List<Item>> { new List<Item>() };
        while (pos < p.Length)
        {
            char c = p[pos];
            if (c == ')') return alternatives;
            if (c == '|') { alternatives.Add(new List<Item>()); pos++; continue; }
            int start = pos;
            var item = new Item();
            switch (c)
            {
                case '(':
                    pos++;
                    SkipGroupPrefix(p, ref pos);
                    item.Alternatives = ParseAlternatives(p, ref pos);
                    if (pos < p.Length) pos++; // ')'
                    break;
                case '[':
                    pos = EndOfClass(p, pos) + 1;
                    break;
                case '\\':
                    pos = EndOfEscape(p, pos);
                    if (pos - start == 2 && !char.IsLetterOrDigit(p[start + 1])) item.Literal = p[start + 1];
                    else if (pos - start == 2 && "bBAzZG".IndexOf(p[start + 1]) >= 0) { Quantifier(p, ref pos, item); continue; } // zero-width
                    break;
                case '^':
                case '$':
                    pos++;
                    continue;
                default:
                    pos++;
                    if (c != '.') item.Literal = c;
                    break;
            }
            item.Text = p.Substring(start, System.Math.Min(pos, p.Length) - start);
            Quantifier(p, ref pos, item);
            alternatives[alternatives.Count - 1].Add(item);
        }
        return alternatives;
    }

    private static void Quantifier(string p, ref int pos, Item item)
    {
        if (pos >= p.Length) return;
        switch (p[pos])
        {
            case '*': item.Min = 0; item.Max = Unbounded; pos++; break;
            case '+': item.Min = 1; item.Max = Unbounded; pos++; break;
            case '?': item.Min = 0; item.Max = 1; pos++; break;
            case '{':
                int close = p.IndexOf('}', pos);
                if (close < 0) return;
                var body = p.Substring(pos + 1, close - pos - 1);
                int comma = body.IndexOf(',');
                if (!int.TryParse(comma < 0 ? body : body.Substring(0, comma), out int min)) return;
                int max;
                if (comma < 0) max = min;
                else if (comma == body.Length - 1) max = Unbounded;
                else if (!int.TryParse(body.Substring(comma + 1), out max)) return;
                item.Min = min;
                item.Max = max;
                pos = close + 1;
                break;
            default:
                return;
        }
        if (pos < p.Length && p[pos] == '?') pos++; // lazy
    }

    // After '(': the "?:", "?<name>", "?'name'", "?=", "?!", "?<=", "?<!", "?>" or "?imnsx-imnsx:" of a group.
    private static void SkipGroupPrefix(string p, ref int pos)
    {
        if (pos >= p.Length || p[pos] != '?') return;
        pos++;
        if (pos >= p.Length) return;
        char c = p[pos];
        if (c is ':' or '=' or '!' or '>') { pos++; return; }
        if (c == '<' && pos + 1 < p.Length && p[pos + 1] is '=' or '!') { pos += 2; return; }
        if (c is '<' or '\'')
        {
            char end = c == '<' ? '>' : '\'';
            int close = p.IndexOf(end, pos + 1);
            pos = close < 0 ? p.Length : close + 1;
            return;
        }
        while (pos < p.Length && (char.IsLetter(p[pos]) || p[pos] == '-')) pos++;
        if (pos < p.Length && p[pos] == ':') pos++;
    }

    // Index of the ']' that closes the class opened at start (escapes and a leading ']' are literal).
    private static int EndOfClass(string p, int start)
    {
        int i = start + 1;
        if (i < p.Length && p[i] == '^') i++;
        if (i < p.Length && p[i] == ']') i++;
        for (; i < p.Length; i++)
        {
            if (p[i] == '\\') i++;
            else if (p[i] == ']') return i;
        }
        return p.Length - 1;
    }

    // Index after the escape at start: \d, \., \p{L}, \uXXXX, \xXX, \cX.
    private static int EndOfEscape(string p, int start)
    {
        int i = start + 1;
        if (i >= p.Length) return p.Length;
        char c = p[i];
        if ((c == 'p' || c == 'P') && i + 1 < p.Length && p[i + 1] == '{')
        {
            int close = p.IndexOf('}', i);
            return close < 0 ? p.Length : close + 1;
        }
        if (c == 'u') return System.Math.Min(p.Length, i + 5);
        if (c == 'x') return System.Math.Min(p.Length, i + 3);
        if (c == 'c') return System.Math.Min(p.Length, i + 2);
        return i + 1;
    }
}
