using ReviewFunctions.Infrastructure.Storage;

namespace ReviewFunctions.Infrastructure.Tests.Documents;

public sealed class DocumentPathTests
{
    [Fact]
    public void A_path_round_trips_through_its_text_form()
    {
        var path = new DocumentPath(DocumentPath.Unassigned, DocumentCategory.Quarantine, "mail-2027-03-01.eml");

        Assert.Equal("unassigned/quarantine/mail-2027-03-01.eml", path.ToString());
        Assert.Equal(path, DocumentPath.Parse(path.ToString()));
    }

    [Theory]
    [InlineData("CR-1/evidence")]
    [InlineData("CR-1/secrets/a.pdf")]
    [InlineData("CR-1/evidence/a/b.pdf")]
    [InlineData("CR-1/evidence/..")]
    public void Text_that_is_not_a_document_path_does_not_parse(string text)
    {
        Assert.False(DocumentPath.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DocumentPath.Parse(text));
    }
}
