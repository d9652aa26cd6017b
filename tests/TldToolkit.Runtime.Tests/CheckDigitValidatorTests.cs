using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

// Valid numbers are published examples (UID register, ATO, ASIC, VIES test data) or were computed with an
// independent implementation of the algorithm; each invalid one differs from a valid one in its check digit.
public class CheckDigitValidatorTests
{
    [Theory]
    [InlineData("CHE-100.155.212")]
    [InlineData("CHE100155212")]
    [InlineData("che 100 155 212")]
    [InlineData("CHE-113.690.319")]
    [InlineData("CHE-113.690.319 MWST")]
    [InlineData("CHE-113.690.319 TVA")]
    [InlineData("CHE-113.690.319 IVA")]
    public void SwissUid_accepts_valid(string value) => Assert.True(CheckDigitValidators.SwissUid(value));

    [Theory]
    [InlineData("CHE-100.155.213")] // wrong check digit
    [InlineData("100.155.212")]     // prefix required
    [InlineData("CHE-100.000.160")] // weighted sum gives check 10: never issued
    [InlineData("CHE-100.000.16")]
    [InlineData("CHE-113.690.319 VAT")]
    [InlineData("CHE-113.690.319 MWSTX")]
    [InlineData("CHF-113.690.319")]
    [InlineData("")]
    public void SwissUid_rejects_invalid(string value) => Assert.False(CheckDigitValidators.SwissUid(value));

    [Theory]
    [InlineData("ATU13585627")]
    [InlineData("BE0403019261")]
    [InlineData("BE 428759497")]          // old 9-digit form
    [InlineData("BE 0403.019.261")]
    [InlineData("DE136695976")]
    [InlineData("de 136 695 976")]
    [InlineData("DK13585628")]
    [InlineData("FR40303265045")]
    [InlineData("FR 23 334 175 221")]
    [InlineData("FRK7399859412")]         // new-style key: format only
    [InlineData("HR33392005961")]
    [InlineData("IT00743110157")]
    [InlineData("NL004495445B01")]        // 11-proof (RSIN)
    [InlineData("NL123456758B01")]        // 2020 mod-97 form
    [InlineData("PL8567346215")]
    [InlineData("PT501964843")]
    [InlineData("EL094259216")]           // Greece uses EL
    [InlineData("XI123456789")]           // Northern Ireland
    [InlineData("XIGD123")]
    [InlineData("ESA12345678")]
    [InlineData("IE1234567WA")]
    [InlineData("IE1X23456X")]
    [InlineData("SE123456789701")]
    [InlineData("CY12345678L")]
    [InlineData("LU12345678")]
    [InlineData("RO1234567")]
    public void EuVat_accepts_valid(string value) => Assert.True(CheckDigitValidators.EuVat(value));

    [Theory]
    [InlineData("ATU13585628")]
    [InlineData("BE0403019262")]
    [InlineData("BE431150351")]
    [InlineData("BE2403019261")]          // must start with 0 or 1
    [InlineData("DE136695977")]
    [InlineData("DE036695976")]
    [InlineData("DK13585629")]
    [InlineData("FR84323140391")]
    [InlineData("FRIO334175221")]         // I and O are not key letters
    [InlineData("HR33392005962")]
    [InlineData("IT00743110158")]
    [InlineData("NL123456789B01")]
    [InlineData("NL004495445B00")]
    [InlineData("PL8567346216")]
    [InlineData("PT501964842")]
    [InlineData("GR094259216")]           // VIES prefix is EL
    [InlineData("XI12345678")]
    [InlineData("ES123456789")]           // Spain needs a letter
    [InlineData("SE123456789702")]
    [InlineData("US123456789")]
    [InlineData("GB123456789")]           // no longer in the EU; XI covers Northern Ireland
    [InlineData("DE")]
    [InlineData("DE13669597€")]
    public void EuVat_rejects_invalid(string value) => Assert.False(CheckDigitValidators.EuVat(value));

    [Theory]
    [InlineData("13585628", true)]
    [InlineData("DK13585628", true)]
    [InlineData("DK 13 58 56 28", true)]
    [InlineData("13585629", false)]
    [InlineData("03585628", false)]
    [InlineData("1358562", false)]
    [InlineData("DE13585628", false)]
    public void DkCvr(string value, bool valid) => Assert.Equal(valid, CheckDigitValidators.DkCvr(value));

    [Theory]
    [InlineData("RSSMRA80A01H501U", true)]
    [InlineData("rssmra80a01h501u", true)]
    [InlineData("RSS MRA 80A01 H501U", true)]
    [InlineData("CCCFBA85D03L219P", true)]
    [InlineData("CCCFBA85D03L21VE", true)]   // omocodia: digits replaced by letters
    [InlineData("00743110157", true)]        // entity: 11 digits
    [InlineData("80012345676", true)]
    [InlineData("RSSMRA80A01H501V", false)]
    [InlineData("CCCFBA85D03L219Q", false)]
    [InlineData("RSSMRA80Z01H501U", false)]  // Z is no month letter
    [InlineData("RSSMR480A01H501U", false)]  // digit in a name position
    [InlineData("00743110158", false)]
    [InlineData("RSSMRA80A01H501", false)]
    public void ItCodiceFiscale(string value, bool valid) => Assert.Equal(valid, CheckDigitValidators.ItCodiceFiscale(value));

    [Theory]
    [InlineData("51 824 753 556", true)]
    [InlineData("51824753556", true)]
    [InlineData("53 004 085 616", true)]
    [InlineData("51 824 753 557", false)]
    [InlineData("5182475355", false)]
    [InlineData("01824753556", false)]
    public void AuAbn(string value, bool valid) => Assert.Equal(valid, CheckDigitValidators.AuAbn(value));

    [Theory]
    [InlineData("004 085 616", true)]
    [InlineData("000 000 019", true)]
    [InlineData("010499966", true)]
    [InlineData("004 085 617", false)]
    [InlineData("04085616", false)]
    public void AuAcn(string value, bool valid) => Assert.Equal(valid, CheckDigitValidators.AuAcn(value));

    [Fact]
    public void Every_named_validator_rejects_hostile_input_without_throwing()
    {
        foreach (var (name, validator) in CheckDigitValidators.ByName)
        {
            foreach (var input in HostileStrings.All())
                Assert.False(validator(input), $"{name} accepted a hostile string");
            Assert.False(validator(null!), name);
            Assert.False(validator(new string('1', 100_000)), name);
        }
    }

    [Fact]
    public void ByName_matches_the_schema_enum()
    {
        Assert.Equal(["auAbn", "auAcn", "dkCvr", "euVat", "itCodiceFiscale", "swissUid"], CheckDigitValidators.ByName.Keys.Order(StringComparer.Ordinal));
    }
}
