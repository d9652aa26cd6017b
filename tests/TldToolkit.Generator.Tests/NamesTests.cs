using TldToolkit.Generator.Parsing;

namespace TldToolkit.Generator.Tests;

/// <summary>How TLD data names become C# identifiers.</summary>
public class NamesTests
{
    [Theory]
    [InlineData("ca", "Ca")]
    [InlineData("com.au", "ComAu")]
    [InlineData("xn--p1ai", "XnP1ai")]
    [InlineData("co-uk", "CoUk")]
    [InlineData("1und1", "Tld1und1")]
    [InlineData("build", "Build")]
    [InlineData("catalog", "CatalogTld")] // Tlds.Catalog is taken
    [InlineData("contact", "Contact")]
    public void Class_names(string tld, string expected) => Assert.Equal(expected, Names.ClassName(tld));

    [Theory]
    [InlineData("Ca", "CaTld")]
    [InlineData("Contact", "ContactTld")] // not a second TldToolkit.Orders.Contact
    [InlineData("Directory", "DirectoryTld")] // not a second System.IO.Directory
    public void Definition_names(string className, string expected) => Assert.Equal(expected, Names.DefinitionName(className));

    [Theory]
    [InlineData("CCO", "CCO")]
    [InlineData("en", "En")]
    [InlineData("private-company", "PrivateCompany")]
    [InlineData("publicOrganization", "PublicOrganization")]
    [InlineData("1", "Option1")]
    [InlineData("société", "Societe")]
    [InlineData("o'brien", "Obrien")]
    [InlineData("jp-1", "Jp1")]
    [InlineData("語", "")]
    public void Enum_members_from_values(string value, string expected) => Assert.Equal(expected, Names.MemberFromValue(value));

    [Fact]
    public void Repeated_names_get_numbers() =>
        Assert.Equal(["Company", "Company2", "Other", "Company3"], Names.Uniquify(["Company", "Company", "Other", "Company"]));

    [Fact]
    public void Names_already_taken_get_numbers_too() =>
        Assert.Equal(["Company2", "Other"], Names.Uniquify(["Company", "Other"], taken: ["Company"]));

    [Theory]
    [InlineData("registryOperater", "registryOperator")]
    [InlineData("maxHorizon", "maxHorizonYears")]
    [InlineData("tlds", "tld")]
    [InlineData("completelyDifferent", null)]
    public void Suggestions(string name, string? expected) =>
        Assert.Equal(expected, Names.Suggest(name, Schema.Root.Properties.Concat(Schema.Renewal.Properties)));
}
