namespace TldToolkit.Idn.Tests.PunycodeCodec;


/// <summary>RFC 3492 section 7.1 samples, the section 6.4 overflow handling and bad input.</summary>
public sealed class PunycodeTests
{
    public static TheoryData<string, string, string> Samples => new()
    {
        { "(A) Arabic (Egyptian)", "\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F", "egbpdaj6bu4bxfgehfvwxn" },
        { "(B) Chinese (simplified)", "\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587", "ihqwcrb4cv8a8dqg056pqjye" },
        { "(C) Chinese (traditional)", "\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587", "ihqwctvzc91f659drss3x8bo0yb" },
        { "(D) Czech", "Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky", "Proprostnemluvesky-uyb24dma41a" },
        { "(E) Hebrew", "\u05DC\u05DE\u05D4\u05D4\u05DD\u05E4\u05E9\u05D5\u05D8\u05DC\u05D0\u05DE\u05D3\u05D1\u05E8\u05D9\u05DD\u05E2\u05D1\u05E8\u05D9\u05EA", "4dbcagdahymbxekheh6e0a7fei0b" },
        { "(L) 3<nen>B<gumi><kinpachi><sensei>", "3\u5E74B\u7D44\u91D1\u516B\u5148\u751F", "3B-ww4c5e180e575a65lsy2b" },
        { "(R) <sono><supiido><de>", "\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067", "d9juau41awczczp" },
        { "(S) -> $1.00 <-", "-> $1.00 <-", "-> $1.00 <--" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Encodes_the_RFC_3492_samples(string sample, string unicode, string punycode)
    {
        Assert.True(Punycode.Encode(unicode) == punycode, sample);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Decodes_the_RFC_3492_samples(string sample, string unicode, string punycode)
    {
        Assert.True(Punycode.Decode(punycode) == unicode, sample);
        // Digits are case-insensitive (section 5); basic code points keep their case.
        Assert.Equal(unicode, Punycode.Decode(punycode[..(punycode.LastIndexOf('-') + 1)] + punycode[(punycode.LastIndexOf('-') + 1)..].ToUpperInvariant()));
    }

    [Fact]
    public void Encoding_reports_overflow_instead_of_wrapping()
    {
        // delta = (0x10FFFF - 0x80) * 3001 exceeds 2^31 - 1: section 6.4 requires failure.
        string input = new string('a', 3000) + char.ConvertFromUtf32(0x10FFFF);
        Assert.Null(Punycode.Encode(input));
    }

    [Theory]
    [InlineData("99999999999999")] // i overflows
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzz")] // w overflows
    [InlineData("a-9999999a")] // code point beyond U+10FFFF
    public void Decoding_reports_overflow(string input)
    {
        Assert.False(Punycode.TryDecode(input, stackalloc char[64], out _));
    }

    [Theory]
    [InlineData("abc-d")] // 'd' alone is an unfinished variable-length integer
    [InlineData("ü-abc")] // non-basic code point before the delimiter
    [InlineData("ab!c")] // not a digit
    [InlineData("-")] // a delimiter at the start is read as a digit, and is none
    public void Decoding_rejects_malformed_input(string input)
    {
        Assert.Null(Punycode.Decode(input));
    }

    [Fact]
    public void Decoding_rejects_a_decoded_surrogate()
    {
        // U+D800 encoded by hand: it must not come back as a lone surrogate.
        Span<int> codePoints = [0xD800];
        Span<char> encoded = stackalloc char[16];
        Assert.True(Punycode.TryEncode(codePoints, encoded, out int written));
        Assert.Null(Punycode.Decode(encoded[..written]));
    }

    [Fact]
    public void Lone_surrogates_and_oversized_input_cannot_be_encoded()
    {
        Assert.Null(Punycode.Encode("a\uD800b"));
        Assert.Null(Punycode.Encode(new string('ü', Punycode.MaxLength + 1)));
    }

    [Fact]
    public void A_too_small_destination_fails_without_writing_past_it()
    {
        Span<char> tiny = stackalloc char[3];
        Assert.False(Punycode.TryEncode("bücher", tiny, out int written));
        Assert.Equal(0, written);
    }
}
