using ReviewFunctions.Infrastructure.Reports;

namespace ReviewFunctions.Infrastructure.Tests.Reports;

public sealed class CsvTextTests
{
    [Fact]
    public void Fields_are_quoted_as_RFC_4180_says_and_text_that_would_be_a_formula_is_kept_as_text()
    {
        var csv = new CsvText("a", "b", "c")
            .Row("plain", "with, comma", "with \"quotes\"")
            .Row("line\nbreak", "=HYPERLINK(\"x\")", "-5")
            .Row("@SUM(A1)", (int?)-5, (int?)null)
            .ToString();

        Assert.Equal(
            "a,b,c\r\n"
            + "plain,\"with, comma\",\"with \"\"quotes\"\"\"\r\n"
            + "\"line\nbreak\",\"'=HYPERLINK(\"\"x\"\")\",'-5\r\n"
            + "'@SUM(A1),-5,\r\n",
            csv);
    }
}
