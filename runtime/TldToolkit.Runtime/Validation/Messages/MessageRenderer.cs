using System.Globalization;
using System.Text;
using Humanizer;
using TldToolkit.Localization;
using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Validation.Messages;

/// <summary>
/// Fills a catalog's templates from a <see cref="ValidationError"/>. Every value that came from an
/// order (or from TLD data) passes through <see cref="SafeText"/> before it is quoted, and every inserted
/// value through <see cref="MessageCatalog.Embed"/> (bidi isolation in right-to-left text).
/// </summary>
internal static class MessageRenderer
{
    public static string Render(ValidationError error, MessageCatalog catalog)
    {
        var context = new Context(error, catalog);
        string? message = null;
        string? reason = ReasonOf(error);
        if (reason is not null && catalog.Variants(error.Code + "." + reason) is { } reasonVariants)
            message = FirstComplete(reasonVariants, context);
        if (message is null && catalog.Variants(error.Code) is { } variants)
            message = FirstComplete(variants, context);
        message ??= (catalog.Variants("*") is { } fallback ? FirstComplete(fallback, context) : null) ?? error.Code;

        // An error tied to a field label always names the field.
        if (error.FieldLabel is not null && !message.Contains(context.Label, StringComparison.Ordinal))
            message = catalog.Embed(context.Label) + catalog.Word("labelSeparator") + message;
        return message;
    }

    /// <summary>The reason the message wording is chosen by: the explicit one, or one inferred from the arguments.</summary>
    public static string? ReasonOf(ValidationError error)
    {
        var a = error.Arguments;
        if (a.Reason is { Length: > 0 } reason) return reason;
        switch (error.Code)
        {
            case ErrorCodes.FieldInvalid:
            case ErrorCodes.ContactPropertyInvalid:
                if (a.Min is { } min && a.Actual is { } shortActual && shortActual < min) return ErrorReasons.TooShort;
                if (a.Max is { } max && a.Actual is { } longActual && longActual > max) return ErrorReasons.TooLong;
                if (a.AllowedValues is { Count: 2 } tf && tf[0] == "true" && tf[1] == "false") return ErrorReasons.Checkbox;
                if (a.Detail == "check digits") return ErrorReasons.CheckDigits;
                if (error.Code == ErrorCodes.ContactPropertyInvalid)
                {
                    var property = ContactProperty(error.Path);
                    if (property is "email") return ErrorReasons.Email;
                    if (property is "phone" or "fax") return ErrorReasons.Phone;
                    if (property is "country") return ErrorReasons.Country;
                }
                return a.Detail is not null ? ErrorReasons.Pattern : null;
            case ErrorCodes.NameserverInvalid:
                return a.Value is { } host && !Ascii.IsValid(host) ? ErrorReasons.NotAscii : null;
            default:
                return null;
        }
    }

    private static string? FirstComplete(string[] variants, Context context)
    {
        foreach (var template in variants)
            if (Placeholders.Fill(template, context.Resolve) is { } message) return message;
        return null;
    }

    /// <summary>"email" of "contacts.registrant.email"; null for other paths.</summary>
    internal static string? ContactProperty(string path)
    {
        if (!path.StartsWith("contacts.", StringComparison.Ordinal)) return null;
        int dot = path.IndexOf('.', "contacts.".Length);
        return dot < 0 ? null : path[(dot + 1)..];
    }

    internal static ContactRole? ContactRoleOf(string path)
    {
        if (!path.StartsWith("contacts.", StringComparison.Ordinal)) return null;
        var rest = path.AsSpan("contacts.".Length);
        int dot = rest.IndexOf('.');
        var role = dot < 0 ? rest : rest[..dot];
        return role switch
        {
            "registrant" => ContactRole.Registrant,
            "admin" => ContactRole.Admin,
            "tech" => ContactRole.Tech,
            "billing" => ContactRole.Billing,
            _ => null,
        };
    }

    private static string RoleKey(ContactRole role) => role switch
    {
        ContactRole.Registrant => "registrant",
        ContactRole.Admin => "admin",
        ContactRole.Tech => "tech",
        _ => "billing",
    };

    /// <summary>Lazily computed placeholder values of one error in one catalog.</summary>
    private sealed class Context(ValidationError error, MessageCatalog catalog)
    {
        private string? _label;

        private ErrorArguments A => error.Arguments;

        public string Label => _label ??= ComputeLabel();

        // The format part of a placeholder is not used here: counted nouns come from the "count.*" words.
        public string? Resolve(string name, string? format) => name switch
        {
            "label" => catalog.Embed(Label),
            "qlabel" => catalog.Quote(Label),
            "value" => A.Value is { Length: > 0 } v ? catalog.Quote(SafeText.ForDisplay(v)) : null,
            "years" => A.Actual is { } y and >= 1 and <= 100 ? catalog.Years(y) : null,
            "allowedYears" => A.AllowedNumbers is { Count: > 0 } numbers ? catalog.YearList(numbers) : null,
            "options" => Options(),
            "types" => Types(),
            "countries" => A.AllowedValues is { Count: > 0 } countries ? catalog.OrList(Map(countries, c => catalog.Embed(SafeText.ForDisplay(c, 8)))) : null,
            "min" => A.Min is { } min ? catalog.Number(min) : null,
            "max" => A.Max is { } max ? catalog.Number(max) : null,
            "actual" => A.Actual is { } actual ? catalog.Number(actual) : null,
            "minChars" => A.Min is { } c1 and >= 0 ? catalog.Count("character", c1) : null,
            "maxChars" => A.Max is { } c2 and >= 0 ? catalog.Count("character", c2) : null,
            "actualChars" => A.Actual is { } c3 and >= 0 ? catalog.Count("character", c3) : null,
            "maxLines" => A.Max is { } l1 and >= 0 ? catalog.Count("line", l1) : null,
            "minNs" => A.Min is { } n1 and >= 0 ? catalog.Count("nameserver", n1) : null,
            "maxNs" => A.Max is { } n2 and >= 0 ? catalog.Count("nameserver", n2) : null,
            "date" => A.Date is { } date ? catalog.Date(date) : null,
            "today" => A.Today is { } now ? catalog.Date(now) : null,
            "relative" => A.Date is { } d && A.Today is { } today && d > today ? catalog.Relative(d, today) : null,
            "days" => A.Days is { } days and >= 0 ? catalog.Count("day", days) : null,
            "horizon" => A.Max is { } h and >= 1 and <= 100 ? catalog.Years(h) : null,
            "operation" => A.Value is { } op ? catalog.Word("op." + op) : null,
            "role" => ContactRoleOf(error.Path) is { } role ? catalog.Word("role." + RoleKey(role)) : null,
            // Developer-only placeholders.
            "code" => SafeText.ForDisplay(error.Code, 64),
            "path" => SafeText.ForDisplay(error.Path, 120),
            "rawValue" => A.Value is not null ? "'" + SafeText.ForDisplay(A.Value) + "'" : null,
            "detail" => A.Detail is { Length: > 0 } detail ? SafeText.ForDisplay(detail, 200) : null,
            "allowedRaw" => AllowedRaw(),
            "enLabel" => error.FieldLabel is { } l ? "\"" + SafeText.ForDisplay(l.English) + "\"" : null,
            "reason" => ReasonOf(error),
            _ => null,
        };

        private string? Options()
        {
            if (A.AllowedValues is not { Count: > 0 } values) return null;
            var labels = A.AllowedLabels;
            var items = new string[Math.Min(values.Count, 20)];
            for (int i = 0; i < items.Length; i++)
            {
                var text = labels is not null && i < labels.Count && labels[i] is { } label ? label.Get(catalog.Language) : values[i];
                items[i] = catalog.Quote(SafeText.ForDisplay(text));
            }
            return catalog.OrList(items);
        }

        private string? Types()
        {
            if (A.AllowedValues is not { Count: > 0 } values) return null;
            var items = new List<string>(values.Count);
            foreach (var value in values)
                if (catalog.Word("type." + value) is { } word) items.Add(word);
            return items.Count == 0 ? null : catalog.OrList(items);
        }

        private string? AllowedRaw()
        {
            if (A.AllowedNumbers is { Count: > 0 } numbers)
                return string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
            if (A.AllowedValues is { Count: > 0 } values)
                return string.Join(", ", values.Take(50).Select(v => SafeText.ForDisplay(v, 40)));
            return null;
        }

        private static string[] Map(IReadOnlyList<string> values, Func<string, string> map)
        {
            var result = new string[Math.Min(values.Count, 50)];
            for (int i = 0; i < result.Length; i++) result[i] = map(values[i] ?? "");
            return result;
        }

        private string ComputeLabel()
        {
            if (error.FieldLabel is { } fieldLabel)
                return SafeText.ForDisplay(fieldLabel.Get(catalog.Language), 120);
            var path = error.Path ?? "";
            if (catalog.Word("path." + path) is { } known) return known;
            if (path.StartsWith("fields.", StringComparison.Ordinal))
                return Titled(path["fields.".Length..]);
            if (path.StartsWith("nameservers[", StringComparison.Ordinal) && path.EndsWith(']')
                && int.TryParse(path.AsSpan(12, path.Length - 13), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                return string.Format(catalog.Culture, catalog.Word("nameserver.n") ?? "{0}", index + 1);
            if (ContactRoleOf(path) is { } role)
            {
                var roleWord = catalog.Word("role." + RoleKey(role)) ?? RoleKey(role);
                var property = ContactProperty(path);
                if (property is null) return Capitalize(roleWord);
                var propertyWord = catalog.Word("prop." + property) ?? Titled(property);
                return string.Format(catalog.Culture, catalog.Word("contactProperty") ?? "{0} ({1})", propertyWord, roleWord);
            }
            return Titled(path);
        }

        private string Capitalize(string text) =>
            text.Length == 0 ? text : char.ToUpper(text[0], catalog.Culture) + text[1..];

        // A stable name without translation, made readable: "trademarkNumber" → "Trademark number".
        private static string Titled(string name)
        {
            var safe = SafeText.ForDisplay(name, 64);
            try
            {
                var humanized = safe.Humanize(LetterCasing.Sentence);
                return humanized.Length == 0 ? safe : humanized;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
            {
                return safe;
            }
        }
    }
}
