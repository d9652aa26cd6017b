using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// Diagnostics at the token they concern.
internal sealed partial class TldFileReader
{
    private void Report(TldDiagnostic descriptor, JsonNode node, params string[] args)
    {
        // A problem found in a profile's fact (a combination no single file shows) is reported at this file's 'extends'.
        if (_chain is not null && _foreignAnchor is { } anchor)
            foreach (var profile in _chain)
                if (profile.Owns(node))
                {
                    Report(descriptor, anchor.NameStart, anchor.NameEnd - anchor.NameStart, args);
                    return;
                }
        Report(descriptor, node.Start, node.Length, args);
    }

    // The profiles merged into this file, and its 'extends' property, once resolved.
    private IReadOnlyList<Profile>? _chain;
    private JsonProperty? _foreignAnchor;

    private void Report(TldDiagnostic descriptor, int start, int length, params string[] args)
    {
        if (!descriptor.IsWarning) _hasErrors = true;
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, Span(start, length), new EquatableArray<string>(args)));
    }

    private SourceSpan SpanOf(JsonNode node) => Span(node.Start, node.Length);

    private SourceSpan Span(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > _text.Length) start = _text.Length;
        if (length < 0) length = 0;
        if (start + length > _text.Length) length = _text.Length - start;
        var (sl, sc) = Position(start);
        var (el, ec) = Position(start + length);
        return new SourceSpan(_path, start, length, sl, sc, el, ec);
    }

    private (int Line, int Column) Position(int offset)
    {
        var text = _text;
        int line = _cursorLine, lineStart = _cursorLineStart;
        if (offset < lineStart)
        {
            line = 0;
            lineStart = 0;
        }
        for (int i = lineStart; i < offset; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (i + 1 <= offset)
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                line++;
                lineStart = i + 1;
            }
        }
        _cursorLine = line;
        _cursorLineStart = lineStart;
        return (line, offset - lineStart);
    }
}
