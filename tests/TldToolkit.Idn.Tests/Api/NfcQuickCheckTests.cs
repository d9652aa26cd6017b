using System.Text;

namespace TldToolkit.Idn.Tests.Api;

/// <summary>The quick NFC check may only say "yes" where ICU says the text is NFC.</summary>
public sealed class NfcQuickCheckTests
{
    [Fact]
    public void Every_code_unit_the_quick_check_accepts_is_an_nfc_starter_for_icu()
    {
        string[] before = ["", "a", "e", "A", "\u1100", "\uAC00", "\u0627", "\u30AB", "\u304B", "\u0415"];
        int accepted = 0;
        for (int c = 0; c < 0xD800; c++)
        {
            string s = ((char)c).ToString();
            if (!Nfc.IsQuickNfc(s)) continue;
            accepted++;
            foreach (var prefix in before)
            {
                Assert.True((prefix + s).IsNormalized(NormalizationForm.FormC), $"U+{c:X4} after '{prefix}'");
                Assert.True((prefix + s + s).IsNormalized(NormalizationForm.FormC), $"U+{c:X4}U+{c:X4} after '{prefix}'");
            }
        }
        Assert.True(accepted > 30000);
        Assert.False(Nfc.IsQuickNfc("e\u0301"));
        Assert.False(Nfc.IsQuickNfc("\u212B"));
    }
}
