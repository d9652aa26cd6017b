using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TldToolkit.Generator.Tests.Infrastructure;

/// <summary>Text with one span marked as <c>[|...|]</c>: the place a diagnostic must point at.</summary>
public sealed class Markup
{
    private Markup(string text, TextSpan span)
    {
        Text = text;
        Span = span;
        LineSpan = SourceText.From(text).Lines.GetLinePositionSpan(span);
    }

    public string Text { get; }
    public TextSpan Span { get; }
    public LinePositionSpan LineSpan { get; }

    public static Markup Parse(string markup)
    {
        int start = markup.IndexOf("[|", StringComparison.Ordinal);
        int end = markup.IndexOf("|]", StringComparison.Ordinal);
        if (start < 0 || end < start) throw new ArgumentException("markup needs one [|...|] span", nameof(markup));
        var text = markup.Remove(end, 2).Remove(start, 2);
        return new Markup(text, new TextSpan(start, end - start - 2));
    }
}
