using ReviewFunctions.Domain.Notices;

namespace ReviewFunctions.Domain.Tests.Notices;

/// <summary>Whether an address is inside the partnership: its domain or a parent of it is listed, and nothing else is.</summary>
public sealed class PartnershipDomainsTests
{
    private static readonly PartnershipDomains Westbridge = PartnershipDomains.Of(
        ["westbridge-scp.example", "westbridge-council.example", "westbridge-police.example", "westbridge-health.example", "bücherei-westbridge.example"]);

    [Theory]
    [InlineData("chair@westbridge-scp.example")]
    [InlineData("dcs@westbridge-council.example")]
    [InlineData("x@sub.westbridge-council.example")]
    [InlineData("x@deep.sub.westbridge-council.example")]
    [InlineData("DCS@WESTBRIDGE-COUNCIL.EXAMPLE")]
    [InlineData("Dcs@Sub.Westbridge-Council.Example")]
    [InlineData("priya.raman+referrals@westbridge-council.example")]
    [InlineData("o'brien@westbridge-police.example")]
    [InlineData("first.last-name_2@westbridge-health.example")]
    [InlineData("info@bücherei-westbridge.example")]
    [InlineData("info@BÜCHEREI-WESTBRIDGE.EXAMPLE")]
    [InlineData("info@xn--bcherei-westbridge-m6b.example")]
    [InlineData("info@XN--BCHEREI-WESTBRIDGE-M6B.EXAMPLE")]
    public void An_address_in_a_partnership_domain_or_beneath_one_is_inside(string address) =>
        Assert.True(Westbridge.Includes(address));

    [Theory]
    [InlineData("x@evil-westbridge-council.example")]
    [InlineData("x@evilwestbridge-council.example")]
    [InlineData("x@westbridge-council.example.evil.example")]
    [InlineData("x@westbridge-council.examples")]
    [InlineData("x@westbridge-council.exampl")]
    [InlineData("x@council.example")]
    [InlineData("x@example")]
    [InlineData("priya.raman@westbridge.example.gov.uk")]
    [InlineData("sam.okafor@westbridge-health.example.nhs.uk")]
    [InlineData("scr.sin@ofsted.cjsm.net")]
    [InlineData("westbridge-council.example@evil.example")]
    [InlineData("x@westbridge-cоuncil.example")] // a Cyrillic о
    [InlineData("x@xn--westbridge-cuncil-bdo.example")] // the same look-alike in punycode
    [InlineData("info@buecherei-westbridge.example")]
    public void An_address_elsewhere_is_outside_however_alike_its_name(string address) =>
        Assert.False(Westbridge.Includes(address));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("dcs")]
    [InlineData("@westbridge-council.example")]
    [InlineData("dcs@")]
    [InlineData("dcs@@westbridge-council.example")]
    [InlineData("a@b@westbridge-council.example")]
    [InlineData("dcs@westbridge-council.example.")]
    [InlineData("dcs@westbridge-council..example")]
    [InlineData("dcs@.westbridge-council.example")]
    [InlineData("dcs@-westbridge-council.example")]
    [InlineData("dcs@westbridge-council-.example")]
    [InlineData("dcs@westbridge_council.example")]
    [InlineData("dcs@westbridge-council.example ")]
    [InlineData(" dcs@westbridge-council.example")]
    [InlineData("dcs @westbridge-council.example")]
    [InlineData("dcs@westbridge-council.example\r\nBcc: x@evil.example")]
    [InlineData("DCS <dcs@westbridge-council.example>")]
    [InlineData("<dcs@westbridge-council.example>")]
    [InlineData("\"dcs@westbridge-council.example\" <x@evil.example>")]
    [InlineData("\"x@evil.example\"@westbridge-council.example")]
    [InlineData("dcs(comment)@westbridge-council.example")]
    [InlineData("dcs@westbridge-council.example(comment)")]
    [InlineData("dcs@westbridge-council.example, x@evil.example")]
    [InlineData("dcs@westbridge-council.example;x@evil.example")]
    [InlineData("dcs@[192.0.2.1]")]
    [InlineData("dcs@192.0.2.1")]
    [InlineData("x%evil.example@westbridge-council.example")]
    [InlineData("evil.example!x@westbridge-council.example")]
    [InlineData(".dcs@westbridge-council.example")]
    [InlineData("dcs.@westbridge-council.example")]
    [InlineData("d..cs@westbridge-council.example")]
    [InlineData("josé@westbridge-council.example")]
    [InlineData("dcs@ｗestbridge-council.example")] // a full-width w, which the mapping would fold to "w"
    [InlineData("dcs@westbridge-council.example+x")]
    [InlineData("dcs@westbridge-council.example/x")]
    [InlineData("dcs@xn--.example")]
    [InlineData("dcs@xn--zz-zzzzzz.example")]
    public void A_malformed_address_is_outside(string? address) =>
        Assert.False(Westbridge.Includes(address));

    [Fact]
    public void Over_long_addresses_are_outside()
    {
        Assert.True(Westbridge.Includes(new string('a', 64) + "@westbridge-council.example"));
        Assert.False(Westbridge.Includes(new string('a', 65) + "@westbridge-council.example"));
        Assert.False(Westbridge.Includes("a@" + string.Concat(Enumerable.Repeat(new string('b', 63) + ".", 4)) + "westbridge-council.example"));
        Assert.False(Westbridge.Includes("a@" + new string('b', 64) + ".westbridge-council.example"));
    }

    [Fact]
    public void With_no_domains_nobody_is_inside()
    {
        Assert.False(PartnershipDomains.None.Includes("chair@westbridge-scp.example"));
        Assert.False(PartnershipDomains.Of([]).Includes("chair@westbridge-scp.example"));
    }

    [Fact]
    public void A_listed_subdomain_does_not_take_in_its_parent()
    {
        var mail = PartnershipDomains.Of(["mail.westbridge-council.example"]);

        Assert.True(mail.Includes("x@mail.westbridge-council.example"));
        Assert.False(mail.Includes("x@westbridge-council.example"));
        Assert.False(mail.Includes("x@other.westbridge-council.example"));
    }

    [Fact]
    public void Domains_are_kept_in_one_form_whichever_way_they_were_written()
    {
        var domains = PartnershipDomains.Of(["Westbridge-Council.Example", "westbridge-council.example", " bücherei-westbridge.example "]);

        Assert.Equal(["westbridge-council.example", "xn--bcherei-westbridge-m6b.example"], domains.Domains);
    }

    [Theory]
    [InlineData("westbridge-council.example", null)]
    [InlineData("sub.westbridge-council.example", null)]
    [InlineData("nhs.net", null)]
    [InlineData("@westbridge-council.example", "not a domain")]
    [InlineData("dcs@westbridge-council.example", "not a domain")]
    [InlineData("*.westbridge-council.example", "needs no '*.'")]
    [InlineData("westbridge-council.example.", "ends with a dot")]
    [InlineData("example", "at least two parts")]
    [InlineData("", "at least two parts")]
    [InlineData("westbridge council.example", "at least two parts")]
    [InlineData("westbridge_council.example", "at least two parts")]
    [InlineData("192.0.2.1", "at least two parts")]
    [InlineData("ｗestbridge-council.example", "at least two parts")]
    [InlineData("gov.uk", "shared by organisations outside the partnership")]
    [InlineData("NHS.UK", "shared by organisations outside the partnership")]
    [InlineData("police.uk", "shared by organisations outside the partnership")]
    [InlineData("sch.uk", "shared by organisations outside the partnership")]
    public void A_Board_is_told_what_is_wrong_with_a_domain_it_lists(string written, string? problem)
    {
        if (problem is null)
        {
            Assert.Null(PartnershipDomains.Problem(written));
            return;
        }

        Assert.Contains(problem, PartnershipDomains.Problem(written), StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentException>(() => PartnershipDomains.Of([written]));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
