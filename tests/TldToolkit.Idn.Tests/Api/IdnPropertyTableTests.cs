using System.Text;
using TldToolkit.Idn.Tables;

namespace TldToolkit.Idn.Tests.Api;

/// <summary>
/// The merged per-code-point table (<see cref="IdnProperties"/>) says, for every code point, what the
/// separate range tables it was generated beside say: UTS #46 status valid / deviation as
/// <see cref="Uts46Table"/>, Bidi_Class as <see cref="UcdTable"/>; and its quick NFC flag only where ICU agrees.
/// </summary>
public sealed class IdnPropertyTableTests
{
    [Fact]
    public void Status_and_bidi_class_agree_with_the_range_tables_for_every_code_point()
    {
        int mismatches = 0;
        string first = "";
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            int properties = IdnProperties.Get(cp);
            var status = Uts46Mapping.GetStatus(cp);
            var bidi = (BidiClass)UcdTable.BidiClasses[RangeLookup.Find(UcdTable.BidiStarts, cp)];
            bool ok = ((properties & IdnProperties.Valid) != 0) == (status == Uts46Status.Valid)
                && ((properties & IdnProperties.Deviation) != 0) == (status == Uts46Status.Deviation)
                && IdnProperties.BidiClassOf(properties) == bidi
                && UnicodeProperties.GetBidiClass(cp) == bidi
                && IdnProperties.IsAllowed(properties, transitional: true) == (status == Uts46Status.Valid)
                && IdnProperties.IsAllowed(properties, transitional: false) == (status is Uts46Status.Valid or Uts46Status.Deviation);
            if (!ok && mismatches++ == 0) first = $"U+{cp:X4}: properties {properties}, status {status}, bidi {bidi}";
        }
        Assert.True(mismatches == 0, $"{mismatches} code points disagree, first {first}");
    }

    [Fact]
    public void Quick_nfc_code_points_are_nfc_starters_for_icu_in_every_plane()
    {
        string[] before = ["", "a", "\u0627", "\u1100", "\uAC00", "\U00011099", "\U0001D157"];
        int accepted = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF) { Assert.Equal(0, IdnProperties.Get(cp) & IdnProperties.QuickNfc); continue; }
            if ((IdnProperties.Get(cp) & IdnProperties.QuickNfc) == 0) { Assert.True(cp >= 0x300, $"U+{cp:X4} below U+0300 is not quick"); continue; }
            accepted++;
            string s = char.ConvertFromUtf32(cp);
            foreach (var prefix in before)
                Assert.True((prefix + s + s).IsNormalized(NormalizationForm.FormC), $"U+{cp:X4} twice after '{prefix}'");
            Assert.True(Nfc.IsQuickNfc(s));
        }
        Assert.True(accepted > 250_000, $"only {accepted} quick NFC code points");
        Assert.False(Nfc.IsQuickNfc("\U0001D15E")); // MUSICAL SYMBOL HALF NOTE: NFC_QC=No
        Assert.False(Nfc.IsQuickNfc("a\uD800"));
        Assert.False(Nfc.IsQuickNfc("\uDC00a"));
        Assert.True(Nfc.IsQuickNfc("\U00020000\u4E00"));
    }

    [Fact]
    public void Ascii_reads_as_expected()
    {
        for (char c = 'a'; c <= 'z'; c++) Assert.Equal(IdnProperties.Valid | IdnProperties.QuickNfc, IdnProperties.Get(c) & 7);
        for (char c = 'A'; c <= 'Z'; c++) Assert.Equal(IdnProperties.QuickNfc, IdnProperties.Get(c) & 7); // mapped
        Assert.Equal(BidiClass.EN, IdnProperties.BidiClassOf(IdnProperties.Get('7')));
        Assert.Equal(BidiClass.ES, IdnProperties.BidiClassOf(IdnProperties.Get('-')));
        Assert.Equal(IdnProperties.Deviation | IdnProperties.QuickNfc, IdnProperties.Get('ß') & 7);
        Assert.Equal(BidiClass.AL, IdnProperties.BidiClassOf(IdnProperties.Get(0x0627)));
        // The fast path looks for ZWNJ / ZWJ (CONTEXTJ) only in labels that have a BN code point.
        Assert.Equal(BidiClass.BN, IdnProperties.BidiClassOf(IdnProperties.Get(0x200C)));
        Assert.Equal(BidiClass.BN, IdnProperties.BidiClassOf(IdnProperties.Get(0x200D)));
    }
}
