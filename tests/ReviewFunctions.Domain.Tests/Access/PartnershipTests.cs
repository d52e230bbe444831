using ReviewFunctions.Domain.Access;

namespace ReviewFunctions.Domain.Tests.Access;

public sealed class PartnershipTests
{
    private static readonly Partnership Westbridge = new(["westbridge-scp.example", " Westbridge-Council.example. ", ""]);

    [Theory]
    [InlineData("chair@westbridge-scp.example", true)]
    [InlineData("CHAIR@WESTBRIDGE-SCP.EXAMPLE", true)]
    [InlineData("lead@westbridge-council.example", true)]
    [InlineData("lead@team.westbridge-council.example", true)]
    [InlineData("lead@westbridge-council.example.", true)]
    [InlineData("lead+reviews@westbridge-council.example", true)]
    [InlineData(" lead@westbridge-council.example ", true)]
    [InlineData("lead@evil-westbridge-council.example", false)]
    [InlineData("lead@westbridge-council.example.evil", false)]
    [InlineData("lead@westbridge-council", false)]
    [InlineData("westbridge-council.example", false)]
    [InlineData("@westbridge-council.example", false)]
    [InlineData("a@b@westbridge-council.example", false)]
    [InlineData("Lead <lead@westbridge-council.example>", false)]
    [InlineData("lead@westbridge-council..example", false)]
    [InlineData("lead@.westbridge-council.example", false)]
    [InlineData("lead@xn--westbridge-council-7kb.example", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void An_address_is_inside_only_in_or_below_a_partnership_domain(string? address, bool inside)
    {
        Assert.Equal(inside, Westbridge.Includes(address));
    }

    [Fact]
    public void A_partnership_with_no_domains_has_everyone_outside()
    {
        Assert.False(new Partnership([]).Includes("chair@westbridge-scp.example"));
        Assert.Equal(["westbridge-scp.example", "westbridge-council.example"], Westbridge.Domains);
    }
}
