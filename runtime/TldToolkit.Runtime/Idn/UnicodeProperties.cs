using System.Globalization;
using TldToolkit.Idn.Tables;

namespace TldToolkit.Idn;

/// <summary>Bidi_Class values (UAX #9), in the order of the generated table.</summary>
internal enum BidiClass : byte
{
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON, LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
}

/// <summary>Joining_Type values (ArabicShaping), in the order of the generated table.</summary>
internal enum JoiningType : byte
{
    U, C, D, L, R, T,
}

/// <summary>IDNA2008 derived property (RFC 5892), in the order of the generated table.</summary>
internal enum Idna2008Category : byte
{
    Pvalid, ContextJ, ContextO, Disallowed, Unassigned,
}

/// <summary>
/// The Unicode properties IDNA needs. UTS #46 status and IDNA2008 category come from Unicode 17.0.0
/// tables; Bidi_Class, Joining_Type, Virama and Script from the UCD shipped with perl (see
/// <see cref="UcdTable.Version"/>); General_Category from .NET, whose Unicode version may also lag 17.0.
/// </summary>
internal static class UnicodeProperties
{
    /// <summary>Bidi_Class, read from the merged <see cref="IdnProperties"/> table (the same data as <see cref="UcdTable.BidiClasses"/>).</summary>
    public static BidiClass GetBidiClass(int codePoint) => IdnProperties.BidiClassOf(IdnProperties.Get(codePoint));

    public static JoiningType GetJoiningType(int codePoint) =>
        (JoiningType)UcdTable.JoiningTypes[RangeLookup.Find(UcdTable.JoiningStarts, codePoint)];

    public static bool IsVirama(int codePoint) => RangeLookup.InPairs(UcdTable.Viramas, codePoint);

    public static Idna2008Category GetIdna2008Category(int codePoint) =>
        (Idna2008Category)Idna2008Table.Categories[RangeLookup.Find(Idna2008Table.Starts, codePoint)];

    /// <summary>General_Category M (Mn, Mc, Me), per .NET's Unicode data.</summary>
    public static bool IsCombiningMark(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>ISO 15924 code of the Script property (Zyyy common, Zinh inherited, Zzzz unknown).</summary>
    public static string GetScript(int codePoint) => ScriptTable.Codes[GetScriptIndex(codePoint)];

    public static int GetScriptIndex(int codePoint) => ScriptTable.Scripts[RangeLookup.Find(ScriptTable.Starts, codePoint)];
}
