using ReviewFunctions.Infrastructure.Intake;

namespace ReviewFunctions.Infrastructure.Tests.Intake;

public sealed class LabelDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("referrer", "referrer", 0)]
    [InlineData("referer", "referrer", 1)]
    [InlineData("refrerer", "referrer", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("date of birht", "date of birth", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Known_pairs_have_their_optimal_string_alignment_distance(string a, string b, int expected) =>
        Assert.Equal(expected, LabelText.Distance(a, b));

    [Fact]
    public void Every_pair_of_short_strings_agrees_with_the_whole_table()
    {
        // All strings up to four letters over a three-letter alphabet, each against each: 14,641 pairs.
        var words = Words("abc", 4);
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                Assert.True(WholeTable(a, b) == LabelText.Distance(a, b), $"'{a}' to '{b}'");
            }
        }
    }

    [Fact]
    public void Long_labels_beyond_the_stack_buffer_agree_with_the_whole_table()
    {
        var random = new Random(7);
        for (var n = 0; n < 200; n++)
        {
            var a = new string([.. Enumerable.Range(0, random.Next(100, 200)).Select(_ => (char)('a' + random.Next(3)))]);
            var b = new string([.. Enumerable.Range(0, random.Next(100, 200)).Select(_ => (char)('a' + random.Next(3)))]);
            Assert.Equal(WholeTable(a, b), LabelText.Distance(a, b));
        }
    }

    private static List<string> Words(string alphabet, int longest)
    {
        IEnumerable<string> level = [string.Empty];
        var all = new List<string>(level);
        for (var length = 1; length <= longest; length++)
        {
            level = [.. level.SelectMany(w => alphabet.Select(c => w + c))];
            all.AddRange(level);
        }

        return all;
    }

    /// <summary>The textbook form, the whole table at once, as the reference.</summary>
    private static int WholeTable(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
